package jp.mnledger.query.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mnledger.kernel.access.FetchHandlingRegisterQuery;
import jp.mnledger.kernel.access.HandlingRegisterResponse;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the handling register (取扱状況の記録) from the read tables the projections keep: declared
 * purposes, responsible managers, handlers with their purposes and qualification, and subject counts by
 * status. Computed on request; it holds nothing of its own.
 */
@Component
class HandlingRegisterQueries {

    static final String FILE_NAME = "特定個人情報ファイル（mnledger 個人番号台帳）";

    private final JdbcTemplate jdbc;
    private final String storageLocation;

    HandlingRegisterQueries(JdbcTemplate jdbc,
                            @org.springframework.beans.factory.annotation.Value("${mnledger.storage-location:"
                                    + DEFAULT_STORAGE_LOCATION + "}") String storageLocation) {
        this.jdbc = jdbc;
        this.storageLocation = storageLocation;
    }

    /** 保管場所: where the numbers are held, as the register states it; a deployment names its own server and site. */
    static final String DEFAULT_STORAGE_LOCATION =
            "mnledger サーバーの暗号化データベース（対象者ごとの鍵で AES-256-GCM 暗号化、鍵は別スキーマの鍵保管庫）";

    @QueryHandler
    List<HandlingRegisterResponse> handle(FetchHandlingRegisterQuery query) {
        List<Map<String, Object>> company = jdbc.queryForList(
                "SELECT name, declared_purposes FROM read_model.company WHERE company_id = ?", query.companyId());
        if (company.isEmpty()) {
            throw new DomainException(ErrorCode.COMPANY_NOT_FOUND);
        }
        List<String> managers = jdbc.queryForList("""
                SELECT u.username FROM read_model.role_grant g JOIN read_model.user_account u ON u.user_id = g.user_id
                WHERE g.company_id = ? AND g.role = 'RESPONSIBLE_MANAGER' ORDER BY 1""", String.class, query.companyId());
        int rulesVersion = jdbc.queryForList("SELECT current_version FROM read_model.handling_rules WHERE company_id = ?",
                Integer.class, query.companyId()).stream().findFirst().orElse(0);
        List<Map<String, Object>> handlers = jdbc.queryForList("""
                SELECT coalesce(h.username, u.username) AS username, h.purposes,
                       (h.training_version = ? AND h.pledge_version = ?) AS qualified
                FROM read_model.handler_register h LEFT JOIN read_model.user_account u ON u.user_id = h.user_id
                WHERE h.company_id = ? AND h.appointed ORDER BY 1""", rulesVersion, rulesVersion, query.companyId());
        List<Map<String, Object>> subjects = jdbc.queryForList(
                "SELECT my_number_status, purposes_notified FROM read_model.subject WHERE company_id = ?", query.companyId());

        List<HandlingRegisterResponse.Line> lines = new ArrayList<>();
        for (Purpose purpose : Purpose.fromCsv((String) company.get(0).get("declared_purposes"))) {
            List<HandlingRegisterResponse.HandlerAccess> access = handlers.stream()
                    .filter(h -> Purpose.fromCsv((String) h.get("purposes")).contains(purpose))
                    .map(h -> new HandlingRegisterResponse.HandlerAccess((String) h.get("username"),
                            Boolean.TRUE.equals(h.get("qualified"))))
                    .toList();
            List<String> statuses = subjects.stream()
                    .filter(s -> Purpose.fromCsv((String) s.get("purposes_notified")).contains(purpose))
                    .map(s -> (String) s.get("my_number_status")).toList();
            lines.add(new HandlingRegisterResponse.Line(purpose, purpose.labelJa(), access,
                    (int) statuses.stream().filter(s -> s.equals("ACQUIRED") || s.equals("VERIFIED")).count(),
                    (int) statuses.stream().filter("VERIFIED"::equals).count(),
                    (int) statuses.stream().filter("DISPOSED"::equals).count()));
        }
        List<String> all = subjects.stream().map(s -> (String) s.get("my_number_status")).toList();
        HandlingRegisterResponse.CollectionProgress progress = new HandlingRegisterResponse.CollectionProgress(all.size(),
                count(all, "NOT_ACQUIRED"), count(all, "ACQUIRED"), count(all, "VERIFIED"), count(all, "REFUSED"),
                count(all, "DISPOSED"));
        return List.of(new HandlingRegisterResponse(query.companyId(), (String) company.get(0).get("name"), FILE_NAME,
                storageLocation, managers, rulesVersion, lines, progress));
    }

    private static int count(List<String> statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }

}
