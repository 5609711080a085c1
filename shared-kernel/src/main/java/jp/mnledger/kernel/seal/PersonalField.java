package jp.mnledger.kernel.seal;

/**
 * The personal fields that are sealed, by the name bound into their associated data. A value sealed
 * for one field of one subject cannot be opened as another field or for another subject.
 */
public enum PersonalField {
    DISPLAY_NAME("displayName"),
    MY_NUMBER("myNumber"),
    /** The name a person typed to sign a 同意書. */
    TYPED_NAME("typedName"),
    /** Free text a person typed about a subject (a reveal's stated reason, a refusal's stated reason). */
    STATED_REASON("statedReason"),
    /** A user's TOTP shared secret, sealed in the identity store under the user's own key. */
    TOTP_SECRET("totpSecret"),
    /**
     * An ID-document image in the receive-only inbox. Sealed per image: the associated data also binds the
     * image id ({@code "mnledger/v1|" + subjectId + "|idDocumentImage|" + imageId}), so one image's ciphertext
     * cannot stand in for another's.
     */
    ID_DOCUMENT_IMAGE("idDocumentImage"),
    /**
     * The notes a person typed into a 漏えい等報告 draft (cause, damage, measures …), sealed as one value under the
     * report's own data key (the report id stands where a subject id does).
     */
    INCIDENT_NOTES("incidentNotes");

    private final String aadName;

    PersonalField(String aadName) {
        this.aadName = aadName;
    }

    /** The name as bound into the associated data; part of the ciphertext format, never change it. */
    public String aadName() {
        return aadName;
    }
}
