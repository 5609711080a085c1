package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mnledger.ops.axon.UpdateCheckerDisabler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Axon's update checker would call the internet; a My Number server never does. */
class NoPhoningHomeTest extends ServerTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    void theUpdateCheckerIsDisabledInCodeAndNotCreated() throws Exception {
        assertThat(System.getProperty(UpdateCheckerDisabler.PROPERTY)).isEqualTo("true");
        Class<?> checker = Class.forName("org.axonframework.updates.UpdateChecker");
        assertThat(context.getBeanNamesForType(checker)).isEmpty();
    }

    @Test
    void theAxonServerConnectorIsOffByDefault() {
        assertThat(context.getEnvironment().getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(context.getBeanNamesForType(org.axonframework.axonserver.connector.AxonServerConnectionManager.class))
                .isEmpty();
    }
}
