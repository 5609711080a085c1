package jp.mnledger.kernel.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BreachDeadlinesTest {

    private static final BreachRules RULES = BreachRules.DEFAULTS;

    @Test
    void theDayOfAwarenessIsDayOneOfThirty() {
        BreachDeadlines deadlines = BreachDeadlines.of(Instant.parse("2026-04-01T01:00:00Z"), false, RULES);
        assertThat(deadlines.awareOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(deadlines.preliminaryTarget()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(deadlines.finalDays()).isEqualTo(30);
        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(deadlines.preliminaryLabelJa()).startsWith("速やかに");
    }

    @Test
    void anImproperPurposeGivesSixtyDays() {
        BreachDeadlines deadlines = BreachDeadlines.of(Instant.parse("2026-04-01T01:00:00Z"), true, RULES);
        assertThat(deadlines.finalDays()).isEqualTo(60);
        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(deadlines.countingJa()).contains("60日以内");
    }

    @Test
    void theDateIsJapansNotUtcs() {
        // 14:59:59 UTC is 23:59:59 JST on the 31st; 15:00 UTC is midnight of the 1st in Japan.
        BreachDeadlines before = BreachDeadlines.of(Instant.parse("2026-03-31T14:59:59Z"), false, RULES);
        BreachDeadlines after = BreachDeadlines.of(Instant.parse("2026-03-31T15:00:00Z"), false, RULES);
        assertThat(before.awareOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(before.finalDue()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(after.awareOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(after.finalDue()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void daysCrossMonthsYearsAndLeapDaysAndComeFromTheRules() {
        BreachDeadlines deadlines = BreachDeadlines.of(Instant.parse("2027-12-20T03:00:00Z"), false,
                new BreachRules(100, 5, 30, 60));
        assertThat(deadlines.preliminaryTarget()).isEqualTo(LocalDate.of(2027, 12, 24));
        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2028, 1, 18));
        BreachDeadlines leap = BreachDeadlines.of(Instant.parse("2028-02-15T00:00:00Z"), false, RULES);
        assertThat(leap.finalDue()).isEqualTo(LocalDate.of(2028, 3, 15));
    }
}
