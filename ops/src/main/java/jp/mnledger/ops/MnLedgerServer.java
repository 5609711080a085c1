package jp.mnledger.ops;

import jp.mnledger.ops.axon.UpdateCheckerDisabler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The mnledger server: command side and query side in one process. With a subcommand as its first argument
 * ({@code verify}, {@code export}, {@code ledger-key}) it runs that tool instead, without Spring.
 */
@SpringBootApplication(scanBasePackages = "jp.mnledger")
@ConfigurationPropertiesScan("jp.mnledger.ops")
public class MnLedgerServer {

    public static void main(String[] args) {
        java.util.Optional<Integer> tool = jp.mnledger.ops.cli.Cli.run(args);
        if (tool.isPresent()) {
            System.exit(tool.get());
        }
        UpdateCheckerDisabler.disable();
        SpringApplication.run(MnLedgerServer.class, args);
    }
}
