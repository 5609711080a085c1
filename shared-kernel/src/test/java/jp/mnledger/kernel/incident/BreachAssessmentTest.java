package jp.mnledger.kernel.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreachAssessmentTest {

    private static final BreachRules RULES = BreachRules.DEFAULTS;

    private static BreachFacts facts(boolean improper, boolean viewable, boolean encrypted, boolean system) {
        return new BreachFacts(BreachCategory.LEAK, improper, viewable, encrypted, system);
    }

    private static List<BreachSituation> applying(BreachAssessment assessment) {
        return assessment.findings().stream().filter(BreachAssessment.Finding::applies)
                .map(BreachAssessment.Finding::situation).toList();
    }

    @Test
    void everySituationIsAssessedInTheLawsOrder() {
        BreachAssessment assessment = BreachAssessment.assess(facts(false, false, false, false), 0, RULES);
        assertThat(assessment.findings()).extracting(BreachAssessment.Finding::number).containsExactly(1, 2, 3, 4);
        assertThat(assessment.reportable()).isFalse();
        assertThat(assessment.encryptedExclusion()).isFalse();
        assertThat(assessment.conclusionJa()).contains("該当しない");
    }

    @Test
    void aHundredPeopleAreNotMoreThanAHundredButAHundredAndOneAre() {
        BreachAssessment hundred = BreachAssessment.assess(facts(false, false, false, false), 100, RULES);
        BreachAssessment hundredAndOne = BreachAssessment.assess(facts(false, false, false, false), 101, RULES);
        assertThat(hundred.reportable()).isFalse();
        assertThat(applying(hundred)).isEmpty();
        assertThat(hundredAndOne.reportable()).isTrue();
        assertThat(applying(hundredAndOne)).containsExactly(BreachSituation.MANY_PERSONS);
        assertThat(hundredAndOne.conclusionJa()).contains("第4号");
        assertThat(hundredAndOne.findings().get(3).reasonJa()).contains("101人", "100人を超える", "未確認");
    }

    @Test
    void theThresholdComesFromTheRules() {
        BreachRules stricter = new BreachRules(10, 3, 30, 60);
        assertThat(BreachAssessment.assess(facts(false, false, false, false), 11, stricter).reportable()).isTrue();
        assertThat(BreachAssessment.assess(facts(false, false, false, false), 10, stricter).reportable()).isFalse();
    }

    @Test
    void oneImproperPurposeOnePublicViewOrOneSpecifiedSystemIsEnoughForOnePerson() {
        assertThat(applying(BreachAssessment.assess(facts(true, false, false, false), 1, RULES)))
                .containsExactly(BreachSituation.IMPROPER_PURPOSE);
        assertThat(applying(BreachAssessment.assess(facts(false, true, false, false), 1, RULES)))
                .containsExactly(BreachSituation.PUBLICLY_VIEWABLE);
        assertThat(applying(BreachAssessment.assess(facts(false, false, false, true), 1, RULES)))
                .containsExactly(BreachSituation.SPECIFIED_SYSTEM);
        BreachAssessment several = BreachAssessment.assess(facts(true, true, false, false), 500, RULES);
        assertThat(several.reportable()).isTrue();
        assertThat(several.conclusionJa()).contains("第2号・第3号・第4号");
    }

    @Test
    void highlyEncryptedDataWithKeysNotLeakedIsExcludedButTheSituationsStillShow() {
        BreachAssessment assessment = BreachAssessment.assess(facts(true, true, true, false), 1000, RULES);
        assertThat(assessment.reportable()).isFalse();
        assertThat(assessment.encryptedExclusion()).isTrue();
        assertThat(applying(assessment)).containsExactly(BreachSituation.IMPROPER_PURPOSE,
                BreachSituation.PUBLICLY_VIEWABLE, BreachSituation.MANY_PERSONS);
        assertThat(assessment.conclusionJa()).contains("除かれる", "FAQ 2-4-8");
    }

    @Test
    void encryptionIsNoExclusionWhereNothingWasReportable() {
        BreachAssessment assessment = BreachAssessment.assess(facts(false, false, true, false), 3, RULES);
        assertThat(assessment.reportable()).isFalse();
        assertThat(assessment.encryptedExclusion()).isFalse();
    }

    @Test
    void rulesRefuseNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BreachRules(100, 0, 30, 60))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BreachRules(-1, 3, 30, 60))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
