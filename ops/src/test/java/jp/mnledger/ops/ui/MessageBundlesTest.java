package jp.mnledger.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import jp.mnledger.kernel.access.Requires;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The UI's message bundles (ADR 0020): Japanese and English hold the same keys, and every message the access log
 * can name — each command and query carrying {@link Requires} — has a label in both, so the manager's alerts and
 * the "as of" access log never show a class name.
 */
class MessageBundlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode bundle(String language) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/static/ui/messages/" + language + ".json")) {
            assertThat(in).as(language + ".json on the classpath").isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Set<String> keys(JsonNode bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void japaneseAndEnglishHoldTheSameKeysAndNoEmptyText() throws IOException {
        JsonNode ja = bundle("ja");
        JsonNode en = bundle("en");
        assertThat(keys(ja)).isEqualTo(keys(en));
        for (JsonNode bundle : new JsonNode[] {ja, en}) {
            bundle.fields().forEachRemaining(entry -> assertThat(entry.getValue().asText()).as(entry.getKey()).isNotBlank());
        }
    }

    @Test
    void everyAuthorisedMessageHasALabelInBothLanguages() throws IOException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Requires.class));
        Set<String> messages = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("jp.mnledger")) {
            String name = candidate.getBeanClassName();
            messages.add(name.substring(name.lastIndexOf('.') + 1));
        }
        assertThat(messages).as("the scan finds the messages").contains("RevealMyNumberCommand", "FetchSubjectsQuery");
        for (String language : new String[] {"ja", "en"}) {
            Set<String> labelled = keys(bundle(language));
            assertThat(messages).as(language).allSatisfy(message -> assertThat(labelled).contains("messageType." + message));
        }
    }
}
