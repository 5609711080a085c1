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
import jp.mnledger.ops.DatabaseUrls;
import jp.mnledger.ops.ledger.JdbcLedgerReader;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;

/**
 * {@code export}: writes an evidence bundle from the database, read-only, anchored to the newest signed head
 * already stored (the running server signs one a minute, or on {@code POST /api/v1/ledger/heads}).
 */
final class ExportCommand {

    static final String HELP = """
            Usage: java -jar mnledger-server.jar export --out FILE.zip|DIR [--company ID]
                                                        --jdbc-url URL [--user USER] [--password-file FILE]

            Writes an evidence bundle (docs/evidence-bundle.md) from the database, read-only: every event and leaf,
            or with --company one company's events with their inclusion proofs; the signed heads, the consistency
            proofs and the public keys. Anchored to the newest signed head in the database.
            証跡バンドルを読み取り専用で書き出します（--company で会社単位）。

            Exit status: 0 written, 1 failed, 2 bad usage.
            """;

    private ExportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Cli.Arguments arguments = new Cli.Arguments(args, Set.of("--out", "--company", "--jdbc-url", "--user", "--password-file"),
                Set.of("--help"));
        if (arguments.flag("--help")) {
            out.print(HELP);
            return Cli.OK;
        }
        String target = arguments.option("--out");
        String url = arguments.option("--jdbc-url");
        if (target == null || url == null || !arguments.positional().isEmpty()) {
            throw new Cli.UsageException("export needs --out and --jdbc-url");
        }
        Properties properties = new Properties();
        if (arguments.option("--user") != null) {
            properties.setProperty("user", arguments.option("--user"));
        }
        String password = Cli.readPassword(arguments.option("--password-file"));
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "mnledger export");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            EvidenceBundleWriter.Summary summary = EvidenceBundleWriter.write(JdbcLedgerReader.readOnly(connection), Path.of(target),
                    arguments.option("--company"), Instant.now());
            connection.rollback();
            out.println("wrote " + summary.path() + ": " + summary.scope() + (summary.companyId() == null ? "" : " " + summary.companyId())
                    + ", " + summary.eventCount() + " events, anchored to the signed tree of size " + summary.treeSize()
                    + " (root " + summary.rootHash() + ")");
            out.println("証跡バンドルを書き出しました。検証: java -jar mnledger-server.jar verify " + summary.path());
            return Cli.OK;
        } catch (SQLException e) {
            err.println("cannot read the database " + DatabaseUrls.redact(url) + ": SQL state " + e.getSQLState());
            return Cli.FAILED;
        } catch (IOException | IllegalStateException e) {
            err.println("export failed: " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
