package jp.mnledger.command.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.seal.SealedValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox on PostgreSQL (table {@code inbox.id_document_image}, owned by Flyway). Every call joins the
 * caller's transaction — the command's. A deleted row's bytes stay in the table file as a dead tuple
 * until VACUUM reclaims it; they are AES-GCM ciphertext under the subject's key (ADR 0010).
 */
public class JdbcIdDocumentInbox implements IdDocumentInbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxImageBytes;

    /** The images of one subject received before a cut-off, for the sweep. */
    public record Expired(String subjectId, String companyId, List<String> imageIds) {
    }

    JdbcIdDocumentInbox(JdbcTemplate jdbc, Clock clock, long maxImageBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxImageBytes = maxImageBytes;
    }

    @Override
    public long maxImageBytes() {
        return maxImageBytes;
    }

    @Override
    public void store(String imageId, String subjectId, String companyId, IdDocumentImageKind kind,
                      IdDocumentContentType contentType, long sizeBytes, SealedValue sealed) {
        jdbc.update("""
                INSERT INTO inbox.id_document_image (image_id, subject_id, company_id, kind, content_type, size_bytes,
                    scheme, nonce, ciphertext, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.fromString(imageId), subjectId, companyId, kind.name(), contentType.mediaType(), sizeBytes,
                sealed.scheme(), sealed.nonce(), sealed.ciphertext(), Timestamp.from(clock.instant()));
    }

    @Override
    public Optional<SealedValue> sealedImage(String subjectId, String imageId) {
        return jdbc.query("SELECT scheme, nonce, ciphertext FROM inbox.id_document_image WHERE image_id = ? AND subject_id = ?",
                        (rs, i) -> new SealedValue(rs.getString(1), rs.getBytes(2), rs.getBytes(3)),
                        UUID.fromString(imageId), subjectId)
                .stream().findFirst();
    }

    @Override
    public int delete(String subjectId, Collection<String> imageIds) {
        if (imageIds.isEmpty()) {
            return 0;
        }
        UUID[] ids = imageIds.stream().map(UUID::fromString).toArray(UUID[]::new);
        return jdbc.update(con -> {
            var statement = con.prepareStatement(
                    "DELETE FROM inbox.id_document_image WHERE subject_id = ? AND image_id = ANY (?)");
            statement.setString(1, subjectId);
            statement.setArray(2, con.createArrayOf("uuid", ids));
            return statement;
        });
    }

    /** The images received before the cut-off, grouped by subject (ids only). */
    public List<Expired> receivedBefore(Instant cutoff) {
        Map<String, Expired> bySubject = new LinkedHashMap<>();
        jdbc.query("""
                SELECT subject_id, company_id, image_id FROM inbox.id_document_image WHERE received_at < ?
                ORDER BY subject_id, received_at""",
                rs -> {
                    String subjectId = rs.getString(1);
                    Expired group = bySubject.get(subjectId);
                    if (group == null) {
                        group = new Expired(subjectId, rs.getString(2), new ArrayList<>());
                        bySubject.put(subjectId, group);
                    }
                    group.imageIds().add(rs.getString(3));
                }, Timestamp.from(cutoff));
        return List.copyOf(bySubject.values());
    }
}
