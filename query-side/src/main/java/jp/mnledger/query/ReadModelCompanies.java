package jp.mnledger.query;

import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.springframework.jdbc.core.JdbcTemplate;

/** A query about a company the read store does not know answers COMPANY_NOT_FOUND, not an empty list. */
public final class ReadModelCompanies {

    private ReadModelCompanies() {
    }

    public static void require(JdbcTemplate jdbc, String companyId) {
        Boolean known = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM read_model.company WHERE company_id = ?)",
                Boolean.class, companyId);
        if (!Boolean.TRUE.equals(known)) {
            throw new DomainException(ErrorCode.COMPANY_NOT_FOUND);
        }
    }
}
