package jp.mnledger.ops.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import jp.mnledger.ops.ledger.LedgerSigningKeys;

/**
 * {@code ledger-key rotate}: a new Ed25519 key signs the next tree heads; the older private keys are destroyed.
 * The server picks the new key up at its next head and records its public key; the retired public keys stay
 * in {@code ledger.signing_key} and in every bundle, so the heads they signed still verify.
 */
final class LedgerKeyCommand {

    static final String HELP = """
            Usage: java -jar mnledger-server.jar ledger-key rotate [--key-dir DIR | --data-dir DIR]

            Makes a new tree-head signing key (Ed25519) in DIR (default: ./data/keys/ledger-signing, or
            <data-dir>/keys/ledger-signing) and deletes the older private keys. Old public keys stay published.
            木の署名鍵を更新します（旧い秘密鍵は削除、公開鍵は公開し続けます）。

            Exit status: 0 rotated, 2 bad usage.
            """;

    private LedgerKeyCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Cli.Arguments arguments = new Cli.Arguments(args, Set.of("--key-dir", "--data-dir"), Set.of("--help"));
        if (arguments.flag("--help")) {
            out.print(HELP);
            return Cli.OK;
        }
        if (!arguments.positional().equals(java.util.List.of("rotate"))
                || (arguments.option("--key-dir") != null && arguments.option("--data-dir") != null)) {
            throw new Cli.UsageException("ledger-key rotate [--key-dir DIR | --data-dir DIR]");
        }
        Path dir = arguments.option("--key-dir") != null ? Path.of(arguments.option("--key-dir"))
                : Path.of(arguments.option("--data-dir") == null ? "data" : arguments.option("--data-dir"), "keys", "ledger-signing");
        LedgerSigningKeys.SigningKey key = LedgerSigningKeys.rotate(dir, Clock.systemUTC());
        out.println("new tree-head signing key " + key.keyId() + " in " + dir + " (the older private keys were deleted)");
        out.println("新しい署名鍵: " + key.keyId());
        return Cli.OK;
    }
}
