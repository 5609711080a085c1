package jp.mnledger.ops;

/** Makes a JDBC URL safe to print: the query string (which may carry a password) is cut off. */
public final class DatabaseUrls {

    private DatabaseUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
