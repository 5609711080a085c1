package jp.mnledger.ops.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import org.axonframework.config.EventProcessingConfiguration;

import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replay after disposal: every tracking projection rebuilt from an empty read store ends in exactly the state it
 * had — the disposed subjects' sealed names read as the placeholder, and no handler fails on a destroyed key.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayAfterDisposalTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;

    @Test
    void rebuildingEveryProjectionGivesTheSameStateAndNoHandlerFails(CapturedOutput output) {
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        String company = manager.firstCompany();
        String subject = manager.registerSubject(company, "EMPLOYEE", "再生 太郎", "RP1", null);
        String child = manager.registerDependent(company, "再生 花子", subject, "CHILD");
        assertThat(handler.post("/api/v1/companies/" + company + "/subjects/" + subject + "/my-number", "{\"myNumber\":\""
                + MyNumber.fromBaseDigits("61234567890").digits()
                + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"SOCIAL_INSURANCE\"]}").status()).isEqualTo(201);
        assertThat(manager.post("/api/v1/companies/" + company + "/subjects/" + subject + "/employment",
                "{\"change\":\"ENDED\",\"effectiveOn\":\"2015-03-31\"}").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM read_model.retention_facts WHERE subject_id = ? AND due_on IS NOT NULL", Integer.class,
                subject) == 1);
        manager.post("/api/v1/companies/" + company + "/retention-sweeps", "");
        assertThat(manager.post("/api/v1/companies/" + company + "/disposals", "{\"subjectIds\":[\"" + subject + "\"]}")
                .json().get("disposed").asInt()).isEqualTo(1);

        PooledStreamingEventProcessor projections = processing.eventProcessor("projections", PooledStreamingEventProcessor.class)
                .orElseThrow();
        awaitCaughtUp(projections);
        assertThat(jdbc.queryForObject("SELECT display_name FROM read_model.subject WHERE subject_id = ?", String.class,
                subject)).isEqualTo("廃棄済");
        Map<String, List<String>> before = readStore();
        int logBefore = output.getAll().length();

        projections.shutDown();
        projections.resetTokens();
        projections.start();
        awaitCaughtUp(projections);

        Map<String, List<String>> after = readStore();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
        assertThat(jdbc.queryForObject("SELECT display_name FROM read_model.subject WHERE subject_id = ?", String.class,
                subject)).as("the destroyed key opens nothing: the placeholder").isEqualTo("廃棄済");
        assertThat(jdbc.queryForObject("SELECT display_name FROM read_model.subject WHERE subject_id = ?", String.class,
                child)).as("a living dependent's name still opens").isEqualTo("再生 花子");
        assertThat(output.getAll().substring(logBefore)).doesNotContain("failed to handle event")
                .doesNotContain("Error while processing batch");
    }

    /** Every read table, its rows as sorted text. */
    private Map<String, List<String>> readStore() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                SELECT 'read_model.' || quote_ident(tablename) FROM pg_tables WHERE schemaname = 'read_model'
                ORDER BY tablename""", String.class)) {
            tables.put(table, jdbc.queryForList("SELECT t::text FROM " + table + " t ORDER BY 1", String.class));
        }
        return tables;
    }

    private void awaitCaughtUp(PooledStreamingEventProcessor processor) {
        long head = eventStore.createHeadToken().position().orElse(0);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                processor.isRunning() && !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()
                        && s.getCurrentPosition().orElse(0) >= head));
    }

}
