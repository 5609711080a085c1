package jp.mnledger.ops;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running server, shared by the integration tests that extend this class: the real assembly with
 * the demo data on a real embedded PostgreSQL, in a data directory of its own under target/. Plain HTTP
 * here (TLS has its own test); every request authenticates like a client would.
 */
@SpringBootTest(classes = MnLedgerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mnledger.tls.enabled=false", "mnledger.identity.admin-password=" + ServerTestBase.ADMIN_PASSWORD,
                "mnledger.identity.admin-totp-secret=" + HttpClientForTests.DEMO_TOTP_SECRET,
                "mnledger.ui.reveal-seconds=" + ServerTestBase.UI_REVEAL_SECONDS,
                "mnledger.invitations.minimum-validity=PT2S"})
@ActiveProfiles("demo")
public abstract class ServerTestBase {

    /** The bootstrap administrator's password on the shared test server. */
    public static final String ADMIN_PASSWORD = "Kurobune-Lighthouse-4417";

    /** How long the web UI shows a revealed number here (30 s in production): the browser test waits it out. */
    public static final int UI_REVEAL_SECONDS = 3;

    protected static final Path DATA_DIR = Path.of("target", "test-data", "shared-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("mnledger.data-dir", DATA_DIR::toString);
    }
}
