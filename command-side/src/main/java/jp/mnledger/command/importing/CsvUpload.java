package jp.mnledger.command.importing;

/**
 * An uploaded file, read only once the caller has been found allowed to import: the HTTP layer checks
 * its type and size while reading it.
 */
public interface CsvUpload {

    /** The charset the client declared (the Content-Type's parameter), or null. */
    String declaredCharset();

    /** The file's bytes; throws a DomainException for a wrong type or a file over the size limit. */
    byte[] bytes();

    static CsvUpload of(byte[] bytes, String declaredCharset) {
        return new CsvUpload() {
            @Override
            public String declaredCharset() {
                return declaredCharset;
            }

            @Override
            public byte[] bytes() {
                return bytes;
            }
        };
    }
}
