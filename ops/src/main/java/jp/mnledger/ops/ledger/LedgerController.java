package jp.mnledger.ops.ledger;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import jp.mnledger.command.api.AuditMetadataResolver;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.ledger.FetchLatestTreeHeadQuery;
import jp.mnledger.kernel.ledger.FetchLedgerPublicKeysQuery;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.SignTreeHeadCommand;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.query.ReadApi;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ledger's signed tree heads and public keys (docs/evidence-bundle.md), for those who audit. */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerController {

    private final ReadApi readApi;
    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;

    LedgerController(ReadApi readApi, CommandGateway commands, AuditMetadataResolver metadata) {
        this.readApi = readApi;
        this.commands = commands;
        this.metadata = metadata;
    }

    @Operation(summary = "木の署名に使う公開鍵（退役した鍵を含む） / Public keys of the signed tree heads, retired ones included",
            tags = "台帳の検証")
    @GetMapping("/public-keys")
    List<LedgerPublicKeyResponse> publicKeys(HttpServletRequest request) {
        return readApi.list(new FetchLedgerPublicKeysQuery(), LedgerPublicKeyResponse.class, readApi.metadata(request, null));
    }

    @Operation(summary = "最新の署名済みツリーヘッド / The newest signed tree head", tags = "台帳の検証")
    @GetMapping("/heads/latest")
    TreeHeadResponse latestHead(HttpServletRequest request) {
        return readApi.list(new FetchLatestTreeHeadQuery(), TreeHeadResponse.class, readApi.metadata(request, null))
                .stream().findFirst().orElseThrow(() -> new DomainException(ErrorCode.RESOURCE_NOT_FOUND));
    }

    @Operation(summary = "いま署名済みツリーヘッドを作る / Sign a tree head now", tags = "台帳の検証")
    @PostMapping("/heads")
    ResponseEntity<TreeHeadResponse> signHead(HttpServletRequest request) {
        TreeHeadResponse head = commands.sendAndWait(new SignTreeHeadCommand(),
                MetaData.from(metadata.resolve(request, null).toMap()));
        return ResponseEntity.created(URI.create("/api/v1/ledger/heads/latest")).body(head);
    }
}
