package jp.mnledger.ops.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.verify.BundleSource;
import jp.mnledger.ops.ledger.verify.DatabaseSource;
import jp.mnledger.ops.ledger.verify.EvidenceSource;
import jp.mnledger.ops.ledger.verify.Report;
import jp.mnledger.ops.ledger.verify.Verifier;

/** {@code verify}: checks an evidence bundle offline, or the live database read-only (docs/evidence-bundle.md §6). */
final class VerifyCommand {

    static final String HELP = """
            Usage: java -jar mnledger-server.jar verify BUNDLE [options]
                   java -jar mnledger-server.jar verify --jdbc-url URL [--user USER] [--password-file FILE] [options]

            Verifies an evidence bundle (a directory or a .zip) offline, or the live database read-only: every
            signed tree head's Ed25519 signature, the consistency of the heads, and every event against the
            signed Merkle tree (RFC 9162). Needs no network and no key that opens personal data.
            証跡バンドル（ディレクトリまたは zip）をオフラインで、またはデータベースを読み取り専用で検証します。

            Options:
              --event ID            also show that this event is included in the signed tree
              --known-head FILE     a signed head seen before (JSON, as GET /api/v1/ledger/heads/latest answers):
                                    refuse a rollback to an older head; require it to be in this history
              --public-keys FILE    trust these public keys (JSON, as GET /api/v1/ledger/public-keys answers)
                                    instead of the ones the evidence carries
              --consistency A,B     show that the signed heads of tree sizes A and B are consistent
              --jdbc-url URL        verify the database at URL (PostgreSQL) instead of a bundle, read-only
              --user USER           its user
              --password-file FILE  a file whose first line is its password
              --json                print the result as JSON
              --help                print this text

            Exit status: 0 verified, 1 tampered or inconsistent, 2 bad usage.
            終了コード: 0 検証成功、1 改ざん・不整合あり、2 使い方の誤り
            """;

    private VerifyCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Cli.Arguments arguments = new Cli.Arguments(args,
                Set.of("--event", "--known-head", "--public-keys", "--consistency", "--jdbc-url", "--user", "--password-file"),
                Set.of("--json", "--help"));
        if (arguments.flag("--help")) {
            out.print(HELP);
            return Cli.OK;
        }
        String url = arguments.option("--jdbc-url");
        boolean bundle = url == null && arguments.positional().size() == 1;
        boolean database = url != null && arguments.positional().isEmpty();
        if (!bundle && !database) {
            throw new Cli.UsageException("give exactly one bundle, or --jdbc-url");
        }
        ObjectMapper json = EvidenceBundle.json();
        Verifier.Options options = new Verifier.Options(arguments.option("--event"),
                read(arguments.option("--known-head"), json, new TypeReference<TreeHeadResponse>() { }, "--known-head"),
                read(arguments.option("--public-keys"), json, new TypeReference<List<LedgerPublicKeyResponse>>() { }, "--public-keys"),
                sizes(arguments.option("--consistency")));

        Report report;
        try (EvidenceSource source = url == null ? BundleSource.open(Path.of(arguments.positional().get(0)))
                : DatabaseSource.connect(url, arguments.option("--user"), Cli.readPassword(arguments.option("--password-file")))) {
            report = Verifier.verify(source, options);
        } catch (NoSuchFileException e) {
            throw new Cli.UsageException("no bundle at " + arguments.positional().get(0));
        } catch (IOException e) {
            err.println("cannot read the evidence: " + e.getMessage());
            out.println(arguments.flag("--json") ? "{\"result\":\"TAMPERED\",\"problems\":[{\"kind\":\"UNREADABLE\"}]}"
                    : "RESULT: TAMPERED — 証跡を読み取れません / the evidence is not readable");
            return Cli.FAILED;
        }
        if (arguments.flag("--json")) {
            out.println(toJson(report, json));
        } else {
            print(report, out);
        }
        return report.result() == Report.Result.VERIFIED ? Cli.OK : Cli.FAILED;
    }

    private static <T> T read(String file, ObjectMapper json, TypeReference<T> type, String option) {
        if (file == null) {
            return null;
        }
        try {
            return json.readValue(Path.of(file).toFile(), type);
        } catch (IOException e) {
            throw new Cli.UsageException(option + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static long[] sizes(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            long[] sizes = {Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip())};
            if (parts.length != 2 || sizes[0] < 0 || sizes[1] < sizes[0]) {
                throw new NumberFormatException();
            }
            return sizes;
        } catch (RuntimeException e) {
            throw new Cli.UsageException("--consistency takes two tree sizes, smaller first: A,B");
        }
    }

    static void print(Report report, PrintStream out) {
        out.println("mnledger verify — 証跡の検証");
        out.println("source: " + report.source());
        report.facts().forEach(fact -> out.println("  - " + fact));
        report.problems().forEach(problem -> out.println("  ! " + problem.kind()
                + (problem.index() == null ? "" : " at leaf " + problem.index()) + ": " + problem.message()));
        if (report.result() == Report.Result.VERIFIED) {
            out.println("RESULT: VERIFIED — 検証成功（改ざん・不整合なし）");
        } else {
            String first = report.firstBad().map(p -> "; first bad index: " + p.index() + (p.exact() ? "" : " (or later)")
                    + " / 最初の不正なインデックス: " + p.index()).orElse("");
            out.println("RESULT: TAMPERED — 改ざんまたは不整合を検出" + first);
        }
    }

    static String toJson(Report report, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("result", report.result().name());
        root.put("source", report.source());
        report.firstBad().ifPresentOrElse(p -> {
            root.put("firstBadIndex", p.index());
            root.put("firstBadIndexExact", p.exact());
        }, () -> root.putNull("firstBadIndex"));
        ArrayNode facts = root.putArray("facts");
        report.facts().forEach(facts::add);
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(p -> {
            ObjectNode node = problems.addObject();
            node.put("kind", p.kind());
            if (p.index() == null) {
                node.putNull("index");
            } else {
                node.put("index", p.index());
            }
            node.put("exact", p.exact());
            node.put("message", p.message());
        });
        return root.toString();
    }
}
