package jp.mnledger.kernel.history;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;

/**
 * A company as of a time, reconstructed from the event stream: the purposes it had declared, its subjects in the
 * subject list's order, and its access log (every authorisation decision naming it), oldest first.
 */
public record CompanyStateResponse(String companyId, Instant asOf, List<Purpose> purposesDeclared,
                                   List<SubjectStateResponse> subjects, List<AccessDecisionResponse> accessLog) {

    public CompanyStateResponse {
        purposesDeclared = List.copyOf(purposesDeclared);
        subjects = List.copyOf(subjects);
        accessLog = List.copyOf(accessLog);
    }
}
