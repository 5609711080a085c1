package jp.mnledger.kernel.inbox;

/** Why ID-document images were purged: 本人確認 was completed, or they waited longer than the inbox keeps them. */
public enum IdDocumentImagePurgeReason {
    VERIFIED("確認完了"),
    EXPIRED("期限切れ"),
    DISPOSED("廃棄");

    private final String labelJa;

    IdDocumentImagePurgeReason(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
