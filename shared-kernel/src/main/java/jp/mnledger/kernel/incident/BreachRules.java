package jp.mnledger.kernel.incident;

/**
 * The thresholds and day counts a draft was decided under (configuration {@code mnledger.breach.*}, recorded in the
 * event so a later change of configuration does not rewrite an old draft). Sources: LAW.md §3.4.
 *
 * @param personsThreshold situation (4) applies to more than this many people (100: 規則第2条, "100人超"; the
 *        wording is unverified in LAW.md, it matches the pre-2022 "101人以上")
 * @param preliminaryDays the 速報 target, "速やかに" — in practice about 3–5 days (businesslawyers.jp/practices/1433)
 * @param finalDays the 確報 deadline: 30 days (規則, mirroring APPI 規則第8条第2項)
 * @param finalDaysImproperPurpose the 確報 deadline for situation (2), improper purpose: 60 days
 */
public record BreachRules(int personsThreshold, int preliminaryDays, int finalDays, int finalDaysImproperPurpose) {

    public static final BreachRules DEFAULTS = new BreachRules(100, 3, 30, 60);

    public BreachRules {
        if (personsThreshold < 0 || preliminaryDays < 1 || finalDays < 1 || finalDaysImproperPurpose < 1) {
            throw new IllegalArgumentException("mnledger.breach: thresholds must be >= 0 and day counts >= 1");
        }
    }
}
