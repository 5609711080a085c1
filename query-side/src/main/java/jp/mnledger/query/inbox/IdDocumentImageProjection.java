package jp.mnledger.query.inbox;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.inbox.FetchIdDocumentImagesQuery;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.inbox.IdDocumentImagePurgeReason;
import jp.mnledger.kernel.inbox.IdDocumentImageReceivedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageResponse;
import jp.mnledger.kernel.inbox.IdDocumentImageStatus;
import jp.mnledger.kernel.inbox.IdDocumentImagesPurgedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each subject's ID-document images as a handler lists them: what arrived and when it was purged, never content. */
@Component
@ProcessingGroup("id-document-images")
class IdDocumentImageProjection {

    private final JdbcTemplate jdbc;

    IdDocumentImageProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IdDocumentImageReceivedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                INSERT INTO read_model.id_document_image (image_id, subject_id, company_id, kind, content_type, size_bytes,
                    received_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (image_id) DO NOTHING""",
                event.imageId(), event.subjectId(), event.companyId(), event.kind().name(), event.contentType().name(),
                event.sizeBytes(), java.sql.Timestamp.from(occurredAt), IdDocumentImageStatus.RECEIVED.name());
    }

    @EventHandler
    void on(IdDocumentImagesPurgedEvent event, @Timestamp Instant occurredAt) {
        for (String imageId : event.imageIds()) {
            jdbc.update("""
                    UPDATE read_model.id_document_image SET status = ?, purged_at = ?, purge_reason = ?
                    WHERE image_id = ? AND subject_id = ?""",
                    IdDocumentImageStatus.PURGED.name(), java.sql.Timestamp.from(occurredAt), event.reason().name(), imageId,
                    event.subjectId());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.id_document_image");
    }

    @QueryHandler
    List<IdDocumentImageResponse> handle(FetchIdDocumentImagesQuery query) {
        return jdbc.query("""
                SELECT image_id, kind, content_type, size_bytes, received_at, status, purged_at, purge_reason
                FROM read_model.id_document_image WHERE subject_id = ? AND company_id = ?
                ORDER BY received_at, image_id""",
                (rs, i) -> new IdDocumentImageResponse(rs.getString(1), IdDocumentImageKind.valueOf(rs.getString(2)),
                        IdDocumentContentType.valueOf(rs.getString(3)).mediaType(), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), IdDocumentImageStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getString(8) == null ? null : IdDocumentImagePurgeReason.valueOf(rs.getString(8))),
                query.subjectId(), query.companyId());
    }
}
