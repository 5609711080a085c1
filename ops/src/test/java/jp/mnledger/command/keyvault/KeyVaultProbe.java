package jp.mnledger.command.keyvault;

import java.nio.file.Path;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test access to a subject's raw data key, the way only the vault itself unwraps it: to search for it later. */
public final class KeyVaultProbe {

    private KeyVaultProbe() {
    }

    public static byte[] rawDataKey(JdbcTemplate jdbc, Path masterKeyFile, String subjectId) {
        MasterKey master = MasterKey.loadOrGenerate(masterKeyFile, false);
        return jdbc.queryForObject("""
                SELECT t.wrapped_key AS tenant_wrapped, s.wrapped_key AS subject_wrapped
                FROM keyvault.subject_key s JOIN keyvault.tenant_key t
                  ON t.tenant_id = s.tenant_id AND t.version = s.tenant_key_version
                WHERE s.subject_id = ?""", (rs, i) -> {
            SecretKey tenant = master.unwrap(rs.getBytes(1));
            return KeyWrap.unwrap(tenant.getEncoded(), rs.getBytes(2)).getEncoded();
        }, subjectId);
    }

    /** Whether a vault configured like the server's can still open the subject's values (a destroyed key cannot). */
    public static boolean keyRowDestroyed(JdbcTemplate jdbc, String subjectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT wrapped_key IS NULL AND destroyed_at IS NOT NULL FROM keyvault.subject_key WHERE subject_id = ?",
                Boolean.class, subjectId));
    }
}
