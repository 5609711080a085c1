package jp.mnledger.ops;

import jp.mnledger.ops.axon.UpdateCheckerDisabler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The mnledger server: command side and query side in one process. */
@SpringBootApplication(scanBasePackages = "jp.mnledger")
@ConfigurationPropertiesScan("jp.mnledger.ops")
public class MnLedgerServer {

    public static void main(String[] args) {
        UpdateCheckerDisabler.disable();
        SpringApplication.run(MnLedgerServer.class, args);
    }
}
