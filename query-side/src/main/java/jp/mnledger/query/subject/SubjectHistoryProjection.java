package jp.mnledger.query.subject;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mnledger.kernel.access.AccessDeniedEvent;
import jp.mnledger.kernel.access.PersonalDataAccessedEvent;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.inbox.IdDocumentImageReceivedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageViewedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImagesPurgedEvent;
import jp.mnledger.kernel.invitation.InvitationCompletedEvent;
import jp.mnledger.kernel.invitation.InvitationIssuedEvent;
import jp.mnledger.kernel.invitation.InvitationRedeemedEvent;
import jp.mnledger.kernel.invitation.InvitationStepRecordedEvent;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.AcknowledgementSignedEvent;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.FetchSubjectHistoryQuery;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberProvidedEvent;
import jp.mnledger.kernel.subject.MyNumberRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberRevealedEvent;
import jp.mnledger.kernel.subject.MyNumberUseRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerificationRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.SubjectHistoryEntryResponse;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each subject's history (取扱状況の記録 per person): every lifecycle step and every recorded access, with
 * who, role, purpose, when and from where. Details are codes and document names, never a number, a name or
 * a stated reason (those stay sealed in the events).
 */
@Component
@ProcessingGroup("subject-history")
class SubjectHistoryProjection {

    private final JdbcTemplate jdbc;

    SubjectHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubjectRegisteredEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "REGISTERED", null, "kind=" + event.kind());
    }

    @EventHandler
    void on(InvitationIssuedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "INVITATION_ISSUED", null, "invitation=" + event.invitationId()
                + "; expiresAt=" + event.expiresAt());
    }

    @EventHandler
    void on(InvitationRedeemedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "INVITATION_REDEEMED", null, "invitation=" + event.invitationId());
    }

    @EventHandler
    void on(InvitationStepRecordedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "INVITATION_STEP", null, "invitation=" + event.invitationId()
                + "; step=" + event.step() + (event.aboutSubjectId().equals(event.subjectId()) ? ""
                : "; dependent=" + event.aboutSubjectId()));
    }

    @EventHandler
    void on(InvitationCompletedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "INVITATION_COMPLETED", null, "invitation=" + event.invitationId()
                + "; receipt=" + event.receiptId() + "; ownNumber=" + event.ownNumberSent() + "; dependents="
                + event.dependentsAdded() + "; images=" + event.imagesSent());
    }

    @EventHandler
    void on(MyNumberAcquiredEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "ACQUIRED", null, "channel=" + event.channel()
                + "; purposesNotified=" + event.purposesNotified().stream().map(Purpose::name).collect(Collectors.joining(",")));
    }

    @EventHandler
    void on(MyNumberVerifiedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "VERIFIED", null, "numberCheck=" + event.numberCheck()
                + "; identityCheck=" + event.identityCheck()
                + (event.proxyAuthority() == null ? "" : "; proxyAuthority=" + event.proxyAuthority()
                + "; proxyIdentityCheck=" + event.proxyIdentityCheck()));
    }

    @EventHandler
    void on(MyNumberVerificationRefusedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "VERIFICATION_REFUSED", null, "reason=" + event.reason());
    }

    @EventHandler
    void on(MyNumberRevealedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "REVEALED", event.purpose().name(), null);
    }

    @EventHandler
    void on(MyNumberProvidedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "PROVIDED", event.purpose().name(), "recipient="
                + event.recipient() + (event.recipientName() == null ? "" : " " + event.recipientName())
                + "; method=" + event.method() + "; document=" + event.document());
    }

    @EventHandler
    void on(MyNumberUseRefusedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), event.action() + "_REFUSED",
                event.purpose() == null ? null : event.purpose().name(), "reason=" + event.reason());
    }

    @EventHandler
    void on(MyNumberRefusedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "PERSON_REFUSED", null,
                "howRequested=" + event.howRequested() + "; requestedOn=" + event.requestedOn());
    }

    @EventHandler
    void on(MyNumberCorrectedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "CORRECTED", null, "reason=" + event.reason());
    }

    @EventHandler
    void on(EmploymentRecordedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "EMPLOYMENT_" + event.change(), null,
                "effectiveOn=" + event.effectiveOn());
    }

    @EventHandler
    void on(AcknowledgementSignedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "ACKNOWLEDGED", null, "rulesVersion=" + event.rulesVersion());
    }

    @EventHandler
    void on(IdDocumentImageReceivedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "ID_IMAGE_RECEIVED", null, "画像受領; kind=" + event.kind()
                + " (" + event.kind().labelJa() + "); contentType=" + event.contentType().mediaType()
                + "; sizeBytes=" + event.sizeBytes() + "; imageId=" + event.imageId());
    }

    @EventHandler
    void on(IdDocumentImageViewedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "ID_IMAGE_VIEWED", null,
                "画像閲覧（本人確認のため）; imageId=" + event.imageId());
    }

    @EventHandler
    void on(IdDocumentImagesPurgedEvent event, EventMessage<?> message) {
        String details = "画像消去（" + event.reason().labelJa() + "）; reason=" + event.reason() + "; count="
                + event.imageIds().size();
        String withIds = details + "; imageIds=" + String.join(",", event.imageIds());
        // The column holds 1000 characters; the event itself always names every image.
        row(message, event.subjectId(), event.companyId(), "ID_IMAGES_PURGED", null,
                withIds.length() <= 1000 ? withIds : details);
    }

    @EventHandler
    void on(AccessDeniedEvent event, EventMessage<?> message) {
        if (event.subjectId() != null) {
            row(message, event.subjectId(), event.companyId(), "ACCESS_DENIED", event.purpose(),
                    "action=" + event.messageType() + "; reason=" + event.reason());
        }
    }

    @EventHandler
    void on(PersonalDataAccessedEvent event, EventMessage<?> message) {
        if (event.subjectId() != null) {
            row(message, event.subjectId(), event.companyId(), "ACCESSED", null, "action=" + event.messageType());
        }
    }

    @EventHandler
    void on(jp.mnledger.kernel.retention.DisposalProposedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "DISPOSAL_PROPOSED", null, "廃棄の提案（保存期間満了）; dueOn="
                + event.dueOn() + "; documentType=" + event.documentTypeId() + "; basis=" + event.basis());
    }

    @EventHandler
    void on(jp.mnledger.kernel.retention.SubjectDisposedEvent event, EventMessage<?> message) {
        row(message, event.subjectId(), event.companyId(), "DISPOSED", null, "廃棄（暗号鍵の消去）; method=" + event.method()
                + "; certificate=" + event.certificateId() + (event.automatic() ? "; 自動確定" : ""));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.subject_history");
    }

    private void row(EventMessage<?> message, String subjectId, String companyId, String action, String purpose,
                     String details) {
        Map<String, Object> meta = message.getMetaData();
        jdbc.update("""
                INSERT INTO read_model.subject_history (event_id, subject_id, company_id, occurred_at, action, purpose,
                    details, actor, role, client_address, user_agent, request_id, sequence_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                message.getIdentifier(), subjectId, companyId, Timestamp.from(message.getTimestamp()), action, purpose,
                details, meta.get(AuditMetadata.ACTOR), meta.get(AuditMetadata.ROLE), meta.get(AuditMetadata.CLIENT_ADDRESS),
                meta.get(AuditMetadata.USER_AGENT), meta.get(AuditMetadata.REQUEST_ID),
                message instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                        && subjectId.equals(domain.getAggregateIdentifier()) ? domain.getSequenceNumber() : null);
    }

    @QueryHandler
    List<SubjectHistoryEntryResponse> handle(FetchSubjectHistoryQuery query) {
        Instant asOf = query.asOf() == null ? Instant.parse("9999-12-31T00:00:00Z") : query.asOf();
        return jdbc.query("""
                SELECT h.occurred_at, h.action, h.purpose, h.details, h.actor, u.username, h.role, h.client_address,
                       h.user_agent, h.request_id
                FROM read_model.subject_history h LEFT JOIN read_model.user_account u ON u.user_id = h.actor
                WHERE h.subject_id = ? AND h.company_id = ? AND h.occurred_at <= ?
                ORDER BY h.occurred_at, h.sequence_number NULLS LAST, h.event_id""",
                (rs, i) -> new SubjectHistoryEntryResponse(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)),
                query.subjectId(), query.companyId(), Timestamp.from(asOf));
    }
}
