package jp.mnledger.ops.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.mnledger.ops.MnLedgerProperties;
import jp.mnledger.ops.MnLedgerServer;
import jp.mnledger.ops.axon.UpdateCheckerDisabler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real server, in this JVM, without the web layer, on a fresh data directory (its own embedded
 * PostgreSQL and its own generated master key) that is deleted when the server is closed.
 */
final class BenchServer implements AutoCloseable {

    private final Path dataDir;
    private final ConfigurableApplicationContext context;

    private BenchServer(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
    }

    static BenchServer start() throws IOException {
        return start(new String[0]);
    }

    /** With extra {@code --name=value} settings on top of the product's configuration. */
    static BenchServer start(String... extraArguments) throws IOException {
        UpdateCheckerDisabler.disable();
        Path dataDir = Files.createTempDirectory("mnledger-bench-");
        // A fresh data directory makes the server create its initial administrator and show the generated
        // credentials on the console: keep the console of start-up to ourselves, and show it only on failure.
        PrintStream console = System.out;
        ByteArrayOutputStream startup = new ByteArrayOutputStream();
        System.setOut(new PrintStream(startup, true, StandardCharsets.UTF_8));
        try {
            // As arguments, not as builder default properties: application.yml sets mnledger.data-dir itself,
            // and default properties rank below it.
            List<String> arguments = new ArrayList<>(List.of("--mnledger.data-dir=" + dataDir,
                    "--logging.level.root=WARN",
                    "--logging.level.jp.mnledger=WARN",
                    "--spring.main.banner-mode=off"));
            arguments.addAll(List.of(extraArguments));
            ConfigurableApplicationContext context = new SpringApplicationBuilder(MnLedgerServer.class)
                    .web(WebApplicationType.NONE)
                    .properties("mnledger.data-dir=" + dataDir)
                    .run(arguments.toArray(String[]::new));
            BenchServer server = new BenchServer(dataDir, context);
            Path used = context.getBean(MnLedgerProperties.class).dataDir().toAbsolutePath();
            if (!used.equals(dataDir.toAbsolutePath())) {
                server.close();
                throw new IllegalStateException("the server did not take the benchmark's data directory: " + used);
            }
            return server;
        } catch (RuntimeException e) {
            System.setOut(console);
            startup.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.matches("(?i).*(password|totp|otpauth).*"))
                    .forEach(console::println);
            deleteRecursively(dataDir);
            throw e;
        } finally {
            System.setOut(console);
        }
    }

    /** Where DatabaseConfiguration puts the embedded PostgreSQL. */
    Path postgresDataDir() {
        return dataDir.resolve("postgres");
    }

    CommandGateway commandGateway() {
        return context.getBean(CommandGateway.class);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        context.getBean(Configuration.class).eventProcessingConfiguration().eventProcessors()
                .forEach((name, processor) -> {
                    if (processor instanceof StreamingEventProcessor streaming) {
                        processors.put(name, streaming);
                    }
                });
        return processors;
    }

    /**
     * Waits until the subject list ({@code read_model.subject}) shows {@code registered} subjects of which
     * {@code acquired} are ACQUIRED: until the projections have caught up and no longer compete with the
     * next phase (the projections share one pooled processor, so the subject list stands for all of them).
     * Returns how long that took.
     */
    Duration awaitProjection(String companyId, int registered, int acquired, Duration atMost)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        while (true) {
            Map<String, Object> row = jdbc().queryForMap("""
                    SELECT count(*) AS registered,
                           count(*) FILTER (WHERE my_number_status = 'ACQUIRED') AS acquired
                    FROM read_model.subject WHERE company_id = ?""", companyId);
            if (((Number) row.get("registered")).intValue() >= registered
                    && ((Number) row.get("acquired")).intValue() >= acquired) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the subject list projection did not catch up within " + atMost
                        + ": " + row + ", expected registered=" + registered + " acquired=" + acquired);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    System.err.println("could not delete " + path + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
