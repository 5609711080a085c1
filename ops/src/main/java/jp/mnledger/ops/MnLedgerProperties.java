package jp.mnledger.ops;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.*}: where data lives and which database to use.
 *
 * @param dataDir holds the embedded database ({@code postgres/}) and, by default, the generated key file
 *                ({@code keys/master.key}); env {@code MNLEDGER_DATA_DIR}, default {@code ./data}
 * @param db      the external database; when its URL is blank the embedded PostgreSQL is used
 */
@ConfigurationProperties(prefix = "mnledger")
public record MnLedgerProperties(Path dataDir, Db db) {

    public MnLedgerProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (db == null) {
            db = new Db(null, null, null, 0, 0);
        }
    }

    /**
     * @param url      JDBC URL of an external PostgreSQL (env {@code MNLEDGER_DB_URL}); blank = embedded
     * @param user     its user (env {@code MNLEDGER_DB_USER})
     * @param password its password (env {@code MNLEDGER_DB_PASSWORD})
     * @param poolSize connections in the pool (default 16)
     * @param embeddedPort port of the embedded PostgreSQL on localhost (0 = any free port)
     */
    public record Db(String url, String user, String password, int poolSize, int embeddedPort) {

        public Db {
            if (poolSize <= 0) {
                poolSize = 16;
            }
        }

        public boolean external() {
            return url != null && !url.isBlank();
        }

        @Override
        public String toString() {
            return "Db[url=" + DatabaseUrls.redact(url) + ", user=" + user + ", poolSize=" + poolSize + "]";
        }
    }
}
