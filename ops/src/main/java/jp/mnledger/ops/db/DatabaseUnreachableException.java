package jp.mnledger.ops.db;

/** The configured database could not be reached at start-up. Carries the URL without its query string. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    public DatabaseUnreachableException(String url, Throwable cause) {
        super("cannot connect to the configured database at " + url + ": " + rootMessage(cause), cause);
        this.url = url;
    }

    public String url() {
        return url;
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }
}
