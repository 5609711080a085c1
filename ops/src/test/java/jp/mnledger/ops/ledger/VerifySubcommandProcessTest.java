package jp.mnledger.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.mnledger.ops.MnLedgerServer;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's main class run as {@code java … verify …} in a process of its own, as the jar runs it: the
 * exit statuses reach the shell, and no server starts (no Spring, no database, no port).
 */
class VerifySubcommandProcessTest {

    @TempDir
    Path temp;

    record Exit(int status, String output) {
    }

    private Exit run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MnLedgerServer.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Exit(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theExitStatusesReachTheShellAndNoServerStarts() throws Exception {
        TestLedger ledger = new TestLedger(12);
        ledger.signHead(12);
        Path bundle = temp.resolve("bundle.zip");
        EvidenceBundleWriter.write(ledger, bundle, null, Instant.now());

        Exit help = run("verify", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.output()).contains("Exit status: 0 verified");

        Exit good = run("verify", bundle.toString());
        assertThat(good.status()).as(good.output()).isZero();
        assertThat(good.output()).contains("RESULT: VERIFIED").doesNotContain("Spring").doesNotContain("Tomcat")
                .doesNotContain("PostgreSQL");

        Exit usage = run("verify");
        assertThat(usage.status()).isEqualTo(2);

        Path directory = temp.resolve("dir");
        EvidenceBundleWriter.write(ledger, directory, null, Instant.now());
        byte[] leaves = Files.readAllBytes(directory.resolve(EvidenceBundle.LEAVES));
        leaves[5 * 32] ^= 1;
        Files.write(directory.resolve(EvidenceBundle.LEAVES), leaves);
        Exit tampered = run("verify", directory.toString());
        assertThat(tampered.status()).isEqualTo(1);
        assertThat(tampered.output()).contains("first bad index: 5");
    }
}
