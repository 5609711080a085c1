package jp.mnledger.ops.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Axon 4.13 reports usage to an update checker on the internet unless this system property is set before
 * Axon starts. A My Number server must never do that, so it is set in code: by {@code main} and, for
 * every Spring application (tests included), before any bean exists. The auto-configuration that would
 * create the checker is excluded as well (application.yml).
 */
public class UpdateCheckerDisabler implements EnvironmentPostProcessor {

    public static final String PROPERTY = "axoniq.update-checker.disabled";

    public static void disable() {
        System.setProperty(PROPERTY, "true");
        // Only a console banner advertising a hosted service; keep the log about this installation.
        System.setProperty("disable-axoniq-console-message", "true");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        disable();
    }
}
