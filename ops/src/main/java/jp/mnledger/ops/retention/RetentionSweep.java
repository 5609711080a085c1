package jp.mnledger.ops.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.retention.ConfirmDisposalsCommand;
import jp.mnledger.kernel.retention.DueDisposalResponse;
import jp.mnledger.kernel.retention.FetchDueDisposalsQuery;
import jp.mnledger.kernel.retention.ProposeDisposalCommand;
import jp.mnledger.ops.access.SystemActor;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds subjects whose retention has ended (the schedule projection, as of today in Japan) and proposes their
 * disposal; where the company chose automatic confirmation, confirms them too (one 削除証明書 per company and
 * run). Restart-safe: it holds no state — proposing twice records nothing, and a run interrupted half-way is
 * finished by the next. Scheduled ({@code mnledger.retention.sweep-interval}) and on demand.
 */
@Component
public class RetentionSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Subjects per automatic confirmation (one transaction each). */
    static final int BATCH = 250;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetentionSweep(QueryGateway queries, CommandGateway commands, JdbcTemplate jdbc, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What one run did for one company. {@code certificateId} is set when disposals were confirmed automatically. */
    public record Result(int proposed, int confirmed, int failed, String certificateId) {
        Result plus(Result other) {
            return new Result(proposed + other.proposed, confirmed + other.confirmed, failed + other.failed,
                    certificateId != null ? certificateId : other.certificateId);
        }
    }

    /** Every company, as the server itself. */
    public Result sweepAll() {
        Result total = new Result(0, 0, 0, null);
        for (String company : jdbc.queryForList("SELECT company_id FROM read_model.company ORDER BY created_at", String.class)) {
            total = total.plus(sweep(company, SystemActor.metadata(clock, company)));
        }
        if (total.proposed() + total.confirmed() + total.failed() > 0) {
            LOG.info("Retention sweep: {} disposal(s) proposed, {} confirmed automatically, {} failed (retried next run)",
                    total.proposed(), total.confirmed(), total.failed());
        }
        return total;
    }

    /**
     * One company, on behalf of {@code by} (the server itself, or a manager who asked for a run): the query and
     * the proposals are authorised as that caller. Automatic confirmations are always the company policy's, sent
     * as the server.
     */
    public Result sweep(String companyId, AuditMetadata by) {
        LocalDate today = LocalDate.now(clock.withZone(JAPAN));
        List<DueDisposalResponse> due;
        try {
            due = queries.query(new GenericQueryMessage<>(new FetchDueDisposalsQuery(companyId, today),
                            ResponseTypes.multipleInstancesOf(DueDisposalResponse.class))
                            .andMetaData(by.withTenant(companyId).toMap()),
                    ResponseTypes.multipleInstancesOf(DueDisposalResponse.class)).join();
        } catch (java.util.concurrent.CompletionException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException domain) {
                    throw domain;
                }
            }
            throw e;
        }
        int proposed = 0;
        int confirmed = 0;
        int failed = 0;
        List<String> toConfirm = new java.util.ArrayList<>();
        for (DueDisposalResponse disposal : due) {
            try {
                if (!disposal.alreadyProposed()) {
                    commands.sendAndWait(new ProposeDisposalCommand(disposal.subjectId(), companyId, disposal.dueOn(),
                            disposal.documentTypeId(), disposal.basis()), MetaData.from(by.withTenant(companyId).toMap()));
                    proposed++;
                }
                if (disposal.automaticConfirmation()) {
                    toConfirm.add(disposal.subjectId());
                }
            } catch (DomainException e) {
                failed++;
                LOG.warn("Retention sweep: subject {} not proposed: {}", disposal.subjectId(), e.code());
            }
        }
        String certificateId = toConfirm.isEmpty() ? null : UUID.randomUUID().toString();
        for (int from = 0; from < toConfirm.size(); from += BATCH) {
            List<ConfirmDisposalsCommand.Outcome> outcomes = commands.sendAndWait(new ConfirmDisposalsCommand(companyId,
                    certificateId, toConfirm.subList(from, Math.min(toConfirm.size(), from + BATCH)), true),
                    SystemActor.of(clock, companyId));
            for (ConfirmDisposalsCommand.Outcome outcome : outcomes) {
                if (outcome.outcome().equals("DISPOSED")) {
                    confirmed++;
                } else {
                    failed++;
                    LOG.warn("Retention sweep: subject {} not disposed of: {}", outcome.subjectId(), outcome.outcome());
                }
            }
        }
        return new Result(proposed, confirmed, failed, certificateId);
    }

}
