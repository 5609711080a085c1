package jp.mnledger.kernel.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The report's deadlines as dates in Japan (JST), counted from the day the business became aware (認知日), that day
 * being day 1: the 速報 target ("速やかに"; a target, not a legal date), the 確報 deadline (30 days, or 60 days when
 * the leak may have been for an improper purpose). Weekends and holidays are counted and never move a date: the
 * conservative reading; whether a deadline falling on a holiday moves to the next working day is unverified.
 */
public record BreachDeadlines(LocalDate awareOn, int preliminaryDays, LocalDate preliminaryTarget, int finalDays,
                              LocalDate finalDue, String preliminaryLabelJa, String countingJa) {

    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    public static BreachDeadlines of(Instant awareAt, boolean improperPurpose, BreachRules rules) {
        LocalDate awareOn = awareAt.atZone(JST).toLocalDate();
        int finalDays = improperPurpose ? rules.finalDaysImproperPurpose() : rules.finalDays();
        return new BreachDeadlines(awareOn, rules.preliminaryDays(), awareOn.plusDays(rules.preliminaryDays() - 1L),
                finalDays, awareOn.plusDays(finalDays - 1L),
                "速やかに（目安: 認知日から" + rules.preliminaryDays() + "日以内。実務上おおむね3〜5日）",
                "認知日（日本時間）を1日目として数える。土日祝日も数え、期限を繰り下げない（保守的な数え方）。確報は"
                        + (improperPurpose ? "不正の目的のおそれがあるため" + finalDays + "日以内" : finalDays + "日以内") + "。");
    }
}
