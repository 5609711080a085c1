package jp.mnledger.command.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mnledger.command.identity.CommandAuthorization;
import jp.mnledger.command.importing.SubjectImportStatus.Status;
import jp.mnledger.command.lookup.SubjectDirectory;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk registration of data subjects from a CSV file (ADR 0011). A file is read and checked in full
 * first ({@link SubjectImportParser}); a file with any error registers nothing. An accepted file runs on
 * a background thread as <em>one</em> database transaction: every line's commands go through the command
 * gateway with the caller's audit metadata (so each is authorised and recorded like a form's), Axon's
 * Spring transaction manager joins them to the import's transaction, and the import either commits every
 * subject or none. The outcome is kept in {@code importing.subject_import}, written in the same
 * transaction on success, so a crash can never leave subjects without a COMPLETED import or the reverse.
 */
@Component
public class SubjectImports implements SmartInitializingSingleton, DisposableBean {

    static final String PREVIEW = "PreviewSubjectImport";
    static final String START = "StartSubjectImport";
    static final String FETCH = "FetchSubjectImport";
    private static final Logger LOG = LoggerFactory.getLogger(SubjectImports.class);

    private final CommandGateway commands;
    private final boolean commandsJoinTheTransaction;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SubjectDirectory directory;
    private final CommandAuthorization authorization;
    private final SubjectImportProperties properties;
    private final Clock clock;
    private final ExecutorService executor;
    private final Semaphore admission;
    private final Map<String, RunningImport> running = new ConcurrentHashMap<>();
    private final List<SubjectImportListener> listeners = new CopyOnWriteArrayList<>();

    SubjectImports(CommandGateway commands, CommandBus commandBus, JdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager, SubjectDirectory directory,
                   CommandAuthorization authorization, SubjectImportProperties properties, ObjectProvider<Clock> clock,
                   ObjectProvider<SubjectImportListener> listeners) {
        this.commands = commands;
        // Only the local bus handles a command in the sender's thread, inside the sender's transaction.
        this.commandsJoinTheTransaction = commandBus instanceof SimpleCommandBus;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setTimeout((int) Math.max(1, properties.transactionTimeout().toSeconds()));
        this.directory = directory;
        this.authorization = authorization;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(properties.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "subject-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.admission = new Semaphore(properties.concurrency() + properties.maxWaiting());
        listeners.orderedStream().forEach(this.listeners::add);
    }

    /** Reads and checks the file and says what an import would register; stores nothing. */
    public SubjectImportPreview preview(String companyId, CsvUpload upload, AuditMetadata caller) {
        authorization.require(Permission.REGISTER_SUBJECT, companyId, PREVIEW, caller.toMap());
        SubjectImportFile file = read(companyId, upload);
        List<SubjectImportPreview.Row> rows = file.rows().stream().map(row -> new SubjectImportPreview.Row(row.line(),
                row.valid(), row.kind(), row.kind() == null ? null : row.kind().labelJa(), NameMask.mask(row.displayName()),
                row.employeeCode(), row.relatedEmployeeCode(), row.relationship(),
                row.relationship() == null ? null : row.relationship().labelJa(), row.occupation(),
                row.employmentStartedOn())).toList();
        return new SubjectImportPreview(file.encoding(), file.encodingSource(), file.totalRows(), file.validRows(),
                file.errors(), rows);
    }

    /**
     * Checks the file and, when every line is valid, accepts it: the import then runs in the background.
     * A file with errors is refused with IMPORT_ROWS_INVALID and every error; nothing is stored.
     */
    public SubjectImportStatus start(String companyId, CsvUpload upload, AuditMetadata caller) {
        authorization.require(Permission.REGISTER_SUBJECT, companyId, START, caller.toMap());
        if (!commandsJoinTheTransaction) {
            throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE);
        }
        SubjectImportFile file = read(companyId, upload);
        if (!file.errors().isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_ROWS_INVALID, file.errors());
        }
        if (!admission.tryAcquire()) {
            throw new DomainException(ErrorCode.IMPORT_BUSY);
        }
        RunningImport job;
        try {
            job = new RunningImport(UUID.randomUUID().toString(), companyId, file.totalRows(), file.encoding(),
                    clock.instant(), plan(companyId, file));
            jdbc.update("""
                    INSERT INTO importing.subject_import (import_id, company_id, actor, request_id, status, encoding,
                                                          total_rows, started_at)
                    VALUES (?, ?, ?, ?, 'RUNNING', ?, ?, ?)""", job.importId, companyId, caller.actor(), caller.requestId(),
                    job.encoding, job.totalRows, Timestamp.from(job.startedAt));
            running.put(job.importId, job);
            MetaData metaData = MetaData.from(caller.toMap());
            executor.execute(() -> {
                // The log lines of the import carry the id of the request that started it.
                MDC.put(AuditMetadata.REQUEST_ID, caller.requestId());
                try {
                    run(job, metaData);
                } finally {
                    MDC.remove(AuditMetadata.REQUEST_ID);
                    running.remove(job.importId);
                    admission.release();
                }
            });
        } catch (RuntimeException e) {
            admission.release();
            throw e;
        }
        LOG.info("Subject import {} accepted: {} lines for company {}", job.importId, job.totalRows, companyId);
        return job.status();
    }

    /** An import of the company: its progress while running, its outcome after. */
    public SubjectImportStatus status(String companyId, String importId, AuditMetadata caller) {
        authorization.require(Permission.REGISTER_SUBJECT, companyId, FETCH, caller.toMap());
        String id = ResourceIds.require(importId, ErrorCode.IMPORT_NOT_FOUND);
        List<SubjectImportStatus> stored = jdbc.query("""
                SELECT import_id, status, total_rows, processed_rows, encoding, started_at, finished_at, failed_line,
                       error_code
                FROM importing.subject_import WHERE import_id = ? AND company_id = ?""", (rs, i) -> {
            Status status = Status.valueOf(rs.getString("status"));
            ErrorCode error = rs.getString("error_code") == null ? null : ErrorCode.valueOf(rs.getString("error_code"));
            Timestamp finished = rs.getTimestamp("finished_at");
            Integer failedLine = rs.getObject("failed_line") == null ? null : rs.getInt("failed_line");
            return new SubjectImportStatus(rs.getString("import_id"), status, rs.getInt("total_rows"),
                    rs.getInt("processed_rows"), rs.getString("encoding"), rs.getTimestamp("started_at").toInstant(),
                    finished == null ? null : finished.toInstant(), failedLine, error == null ? null : error.name(),
                    error == null ? null : error.messageJa(), error == null ? null : error.messageEn(), null);
        }, id, companyId);
        if (stored.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_NOT_FOUND);
        }
        SubjectImportStatus status = stored.get(0);
        RunningImport job = running.get(id);
        if (status.status() == Status.RUNNING && job != null) {
            return job.status();
        }
        if (status.status() == Status.COMPLETED) {
            List<String> created = jdbc.queryForList(
                    "SELECT subject_id FROM importing.subject_import_subject WHERE import_id = ? ORDER BY line",
                    String.class, id);
            return new SubjectImportStatus(status.importId(), status.status(), status.totalRows(), status.processedRows(),
                    status.encoding(), status.startedAt(), status.finishedAt(), null, null, null, null, created);
        }
        return status;
    }

    /** Adds a listener until the returned handle is closed. */
    public AutoCloseable addListener(SubjectImportListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Imports left RUNNING by a server that stopped are FAILED with IMPORT_INTERRUPTED: their transaction
     * died with the server, so nothing of them is stored. An import still running — in this process, or in
     * another one on the same database, whose transaction holds its row locked — is left alone.
     */
    public int failInterruptedImports() {
        String[] ours = running.keySet().toArray(String[]::new);
        int failed = jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    UPDATE importing.subject_import SET status = 'FAILED', error_code = ?, processed_rows = 0,
                                                        finished_at = ?
                    WHERE import_id IN (SELECT import_id FROM importing.subject_import
                                        WHERE status = 'RUNNING' AND NOT (import_id = ANY (?))
                                        FOR UPDATE SKIP LOCKED)""");
            statement.setString(1, ErrorCode.IMPORT_INTERRUPTED.name());
            statement.setTimestamp(2, Timestamp.from(clock.instant()));
            statement.setArray(3, connection.createArrayOf("varchar", ours));
            return statement;
        });
        if (failed > 0) {
            LOG.warn("{} subject import(s) were interrupted by a server stop and registered nothing; marked FAILED", failed);
        }
        return failed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        failInterruptedImports();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private SubjectImportFile read(String companyId, CsvUpload upload) {
        return SubjectImportParser.parse(upload.bytes(), upload.declaredCharset(), properties.maxRows(),
                codes -> directory.employeeCodeHolders(companyId, codes));
    }

    /** The commands in the order they can run: employees (and everyone else) first, then their dependents. */
    private static List<PlannedRow> plan(String companyId, SubjectImportFile file) {
        Map<Integer, String> idByLine = new HashMap<>();
        Map<String, String> idByCode = new HashMap<>();
        for (ImportRow row : file.rows()) {
            String subjectId = UUID.randomUUID().toString();
            idByLine.put(row.line(), subjectId);
            if (row.employeeCode() != null) {
                idByCode.put(row.employeeCode(), subjectId);
            }
        }
        return file.rows().stream()
                .sorted(Comparator.comparing((ImportRow row) -> row.kind() == SubjectKind.DEPENDENT)
                        .thenComparingInt(ImportRow::line))
                .map(row -> new PlannedRow(row, idByLine.get(row.line()), companyId,
                        row.kind() != SubjectKind.DEPENDENT ? null
                                : row.existingRelatedSubjectId() != null ? row.existingRelatedSubjectId()
                                : idByCode.get(row.relatedEmployeeCode())))
                .toList();
    }

    private void run(RunningImport job, MetaData metaData) {
        try {
            transaction.executeWithoutResult(status -> importAll(job, metaData));
            LOG.info("Subject import {} completed: {} subjects registered in company {}", job.importId, job.totalRows,
                    job.companyId);
        } catch (RuntimeException e) {
            ErrorCode code = failureCode(e);
            Integer line = job.currentLine;
            jdbc.update("""
                    UPDATE importing.subject_import SET status = 'FAILED', processed_rows = 0, failed_line = ?,
                                                        error_code = ?, finished_at = ?
                    WHERE import_id = ? AND status = 'RUNNING'""", line, code.name(), Timestamp.from(clock.instant()),
                    job.importId);
            // Class names only: a driver's message may quote a value.
            LOG.warn("Subject import {} failed at line {} with {} ({}); nothing was registered", job.importId, line,
                    code, causeChain(e));
        }
    }

    private void importAll(RunningImport job, MetaData metaData) {
        String state = jdbc.queryForObject("SELECT status FROM importing.subject_import WHERE import_id = ? FOR UPDATE",
                String.class, job.importId);
        if (!Status.RUNNING.name().equals(state)) {
            throw new DomainException(ErrorCode.IMPORT_INTERRUPTED);
        }
        for (PlannedRow planned : job.plan) {
            ImportRow row = planned.row();
            job.currentLine = row.line();
            commands.sendAndWait(planned.command(), metaData);
            if (row.employmentStartedOn() != null) {
                commands.sendAndWait(new RecordEmploymentCommand(planned.subjectId(), job.companyId,
                        EmploymentChange.STARTED, row.employmentStartedOn()), metaData);
            }
            int processed = job.processed.incrementAndGet();
            for (SubjectImportListener listener : listeners) {
                listener.rowImported(job.importId, row.line(), processed);
            }
        }
        job.currentLine = null;
        jdbc.batchUpdate("INSERT INTO importing.subject_import_subject (import_id, line, subject_id) VALUES (?, ?, ?)",
                job.plan.stream().map(p -> new Object[] {job.importId, p.row().line(), p.subjectId()}).toList());
        jdbc.update("""
                UPDATE importing.subject_import SET status = 'COMPLETED', processed_rows = ?, finished_at = ?
                WHERE import_id = ?""", job.plan.size(), Timestamp.from(clock.instant()), job.importId);
    }

    static ErrorCode failureCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain.code();
            }
            if (t instanceof TransactionTimedOutException || t instanceof QueryTimeoutException) {
                return ErrorCode.IMPORT_TIMED_OUT;
            }
            if (t instanceof PessimisticLockingFailureException || t instanceof ConcurrencyException) {
                return ErrorCode.CONCURRENT_MODIFICATION;
            }
        }
        return ErrorCode.INTERNAL_ERROR;
    }

    private static String causeChain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null && chain.length() < 500; t = t.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            if (t instanceof DomainException domain) {
                chain.append(':').append(domain.code());
            }
        }
        return chain.toString();
    }

    /** One line's registration, with the ids it will have and refer to. */
    private record PlannedRow(ImportRow row, String subjectId, String companyId, String relatedSubjectId) {

        RegisterSubjectCommand command() {
            return new RegisterSubjectCommand(subjectId, companyId, row.kind(), row.displayName(), row.employeeCode(),
                    relatedSubjectId, row.relationship(), row.occupation());
        }
    }

    /** An accepted import in this process: its plan and its progress. */
    private static final class RunningImport {
        final String importId;
        final String companyId;
        final int totalRows;
        final String encoding;
        final Instant startedAt;
        final List<PlannedRow> plan;
        final AtomicInteger processed = new AtomicInteger();
        volatile Integer currentLine;

        RunningImport(String importId, String companyId, int totalRows, String encoding, Instant startedAt,
                      List<PlannedRow> plan) {
            this.importId = importId;
            this.companyId = companyId;
            this.totalRows = totalRows;
            this.encoding = encoding;
            this.startedAt = startedAt;
            this.plan = plan;
        }

        SubjectImportStatus status() {
            return new SubjectImportStatus(importId, Status.RUNNING, totalRows, processed.get(), encoding, startedAt,
                    null, null, null, null, null, null);
        }

        @Override
        public String toString() {
            return "RunningImport[" + importId + "]";
        }
    }
}
