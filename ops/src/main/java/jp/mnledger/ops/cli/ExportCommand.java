package jp.mnledger.ops.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.ops.DatabaseUrls;
import jp.mnledger.ops.ledger.EvidenceExport;
import jp.mnledger.ops.ledger.JdbcLedgerReader;
import jp.mnledger.ops.ledger.bundle.BundleOutput;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;

/**
 * {@code export}: writes an evidence bundle and its {@code summary.pdf} from the database, read-only, anchored to
 * the newest signed head already stored (the running server signs one a minute, or on
 * {@code POST /api/v1/ledger/heads}). The same {@link EvidenceExport} as the server's endpoint; unlike it, this
 * leaves no event in the ledger: it cannot write (ADR 0018).
 */
final class ExportCommand {

    static final String HELP = """
            Usage: java -jar mnledger-server.jar export --out FILE.zip|DIR [--company ID [--subject ID]
                                                        [--from TIME] [--to TIME]]
                                                        --jdbc-url URL [--user USER] [--password-file FILE]

            Writes an evidence bundle (docs/evidence-bundle.md) and summary.pdf (a Japanese summary) from the database,
            read-only: every event and leaf, or with --company one company's events with their inclusion proofs,
            narrowed with --subject to one data subject and with --from/--to (RFC 3339, e.g. 2026-04-01T00:00:00+09:00;
            from inclusive, to exclusive) to a period; the signed heads, the consistency proofs and the public keys.
            Anchored to the newest signed head in the database: events recorded after it are not in the bundle.
            The export is not recorded in the ledger (read-only; the server's GET /api/v1/companies/{id}/evidence is).
            証跡バンドルと概要PDFを読み取り専用で書き出します（--company で会社、--subject で対象者、--from/--to で期間）。

            Exit status: 0 written, 1 failed, 2 bad usage.
            """;

    private ExportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Cli.Arguments arguments = new Cli.Arguments(args, Set.of("--out", "--company", "--subject", "--from", "--to",
                "--jdbc-url", "--user", "--password-file"), Set.of("--help"));
        if (arguments.flag("--help")) {
            out.print(HELP);
            return Cli.OK;
        }
        String target = arguments.option("--out");
        String url = arguments.option("--jdbc-url");
        if (target == null || url == null || !arguments.positional().isEmpty()) {
            throw new Cli.UsageException("export needs --out and --jdbc-url");
        }
        EvidenceSelection selection = selection(arguments);
        Properties properties = new Properties();
        if (arguments.option("--user") != null) {
            properties.setProperty("user", arguments.option("--user"));
        }
        String password = Cli.readPassword(arguments.option("--password-file"));
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "mnledger export");
        Path path = Path.of(target);
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            EvidenceBundleWriter.Summary summary = EvidenceExport.write(JdbcLedgerReader.readOnly(connection), null, selection,
                    UUID.randomUUID().toString(), Instant.now(), false, plan -> BundleOutput.create(path));
            connection.rollback();
            out.println("wrote " + path + ": " + summary.scope() + (summary.companyId() == null ? "" : " " + summary.companyId())
                    + (selection.subjectId() == null ? "" : ", subject " + selection.subjectId())
                    + (selection.from() == null && selection.to() == null ? ""
                            : ", period [" + (selection.from() == null ? "" : selection.from()) + ", "
                            + (selection.to() == null ? "" : selection.to()) + ")")
                    + ", " + summary.eventCount() + " events, anchored to the signed tree of size " + summary.treeSize()
                    + " (root " + summary.rootHash() + ")");
            out.println("証跡バンドルを書き出しました。検証: java -jar mnledger-server.jar verify " + path);
            return Cli.OK;
        } catch (SQLException e) {
            err.println("cannot read the database " + DatabaseUrls.redact(url) + ": SQL state " + e.getSQLState());
            return Cli.FAILED;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            err.println("export failed: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** Company and subject ids are UUIDs (in canonical form in the events). */
    private static String id(Cli.Arguments arguments, String option) {
        String value = arguments.option(option);
        try {
            return value == null ? null : UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(option + " takes an id (a UUID)");
        }
    }

    private static EvidenceSelection selection(Cli.Arguments arguments) {
        String company = id(arguments, "--company");
        String subject = id(arguments, "--subject");
        Instant from;
        Instant to;
        try {
            from = EvidenceSelection.parseTime(arguments.option("--from"));
            to = EvidenceSelection.parseTime(arguments.option("--to"));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("--from and --to take an RFC 3339 time, e.g. 2026-04-01T00:00:00+09:00");
        }
        if (company == null && (subject != null || from != null || to != null)) {
            throw new Cli.UsageException("--subject, --from and --to narrow a company's events: give --company too");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new Cli.UsageException("--from must be before --to");
        }
        return company == null ? EvidenceSelection.everything() : new EvidenceSelection(company, subject, from, to);
    }
}
