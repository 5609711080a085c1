package jp.mnledger.kernel.inbox;

/** What an ID-document image shows, for which of the checks of 本人確認 (LAW.md §5). */
public enum IdDocumentImageKind {
    NUMBER_CHECK("番号確認書類"),
    IDENTITY_CHECK("身元確認書類"),
    PROXY_AUTHORITY("委任状"),
    PROXY_IDENTITY("代理人の身元確認書類");

    private final String labelJa;

    IdDocumentImageKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
