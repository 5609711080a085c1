package jp.mnledger.kernel.invitation;

/** What the invited person sent in one step of the flow. */
public enum InvitationStep {
    /** Their own number (channel SELF_SERVICE). */
    OWN_NUMBER,
    /** A dependent registered with its relationship and number (employees only). */
    DEPENDENT,
    /** An ID-document image into the receive-only inbox, for themself or a dependent. */
    ID_IMAGE
}
