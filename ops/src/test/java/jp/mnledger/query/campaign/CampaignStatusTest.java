package jp.mnledger.query.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a subject stands in a campaign, from its number status and the purposes notified to it. */
class CampaignStatusTest {

    @ParameterizedTest
    @CsvSource({
            "NOT_ACQUIRED, '', OUTSTANDING",
            "ACQUIRED, WITHHOLDING_TAX, COLLECTED",
            "VERIFIED, 'WITHHOLDING_TAX,SOCIAL_INSURANCE', VERIFIED",
            "VERIFIED, SOCIAL_INSURANCE, PURPOSE_NOT_NOTIFIED",
            "ACQUIRED, SOCIAL_INSURANCE, PURPOSE_NOT_NOTIFIED",
            "REFUSED, '', REFUSED",
            "DISPOSED, WITHHOLDING_TAX, OUTSTANDING"})
    void statusFollowsTheNumberAndTheNotifiedPurposes(String numberStatus, String notified, String expected) {
        Set<Purpose> purposes = notified.isBlank() ? EnumSet.noneOf(Purpose.class) : Purpose.fromCsv(notified);
        assertThat(CampaignProgressProjection.status(numberStatus, purposes, List.of(Purpose.WITHHOLDING_TAX)))
                .isEqualTo(expected);
    }
}
