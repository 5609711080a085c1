package jp.mnledger.kernel.inbox;

/** Where an image stands: received and waiting for 本人確認, or purged (its bytes are gone). */
public enum IdDocumentImageStatus {
    RECEIVED,
    PURGED
}
