package jp.mnledger.ops.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void explainsInJapaneseAndEnglishWhatToCheckAndThatThereIsNoFallback() {
        DatabaseUnreachableException failure = new DatabaseUnreachableException("jdbc:postgresql://db:5432/mnledger?…",
                new ConnectException("Connection refused"));
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(new IllegalStateException(failure));

        assertThat(analysis.getDescription())
                .contains("データベースに接続できない")
                .contains("cannot connect to the configured database at jdbc:postgresql://db:5432/mnledger")
                .contains("never falls back");
        assertThat(analysis.getAction()).contains("MNLEDGER_DB_URL").contains("Unset MNLEDGER_DB_URL");
    }
}
