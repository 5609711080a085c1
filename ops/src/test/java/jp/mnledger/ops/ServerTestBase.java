package jp.mnledger.ops;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running server, shared by the integration tests that extend this class: the real assembly on a
 * real embedded PostgreSQL, in a data directory of its own under target/.
 */
@SpringBootTest(classes = MnLedgerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTestBase {

    protected static final Path DATA_DIR = Path.of("target", "test-data", "shared-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("mnledger.data-dir", DATA_DIR::toString);
    }
}
