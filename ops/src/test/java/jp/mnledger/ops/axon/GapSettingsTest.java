package jp.mnledger.ops.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.mnledger.command.importing.SubjectImportProperties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The event processors' patience must cover the largest import a configuration allows (ADR 0011). */
class GapSettingsTest {

    private static SubjectImportProperties imports(int maxRows, Duration transactionTimeout) {
        return new SubjectImportProperties(DataSize.ofMegabytes(5), maxRows, 1, 10, transactionTimeout);
    }

    @Test
    void theDefaultsCoverTheLargestImportAllowed() {
        EventStoreProperties defaults = new EventStoreProperties(0, null);

        assertThat(AxonStoreConfiguration.gapSettingProblems(defaults,
                imports(SubjectImportProperties.MAX_ROWS_LIMIT, Duration.ofMinutes(2)))).isEmpty();
    }

    @Test
    void axonsOwnDefaultsDoNotCoverIt() {
        EventStoreProperties axon = new EventStoreProperties(10_000, Duration.ofSeconds(60));

        assertThat(AxonStoreConfiguration.gapSettingProblems(axon,
                imports(SubjectImportProperties.MAX_ROWS_LIMIT, Duration.ofMinutes(2))))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("max-gap-offset"))
                .anySatisfy(problem -> assertThat(problem).contains("gap-timeout"));
    }

    @Test
    void moreAwaitedIndexesThanPostgresqlTakesAsParametersIsAProblem() {
        assertThat(AxonStoreConfiguration.gapSettingProblems(new EventStoreProperties(70_000, Duration.ofMinutes(10)),
                imports(100, Duration.ofMinutes(1)))).singleElement().asString().contains("bind parameters");
    }
}
