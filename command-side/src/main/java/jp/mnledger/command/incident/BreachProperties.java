package jp.mnledger.command.incident;

import jp.mnledger.kernel.incident.BreachRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.breach.*}: the thresholds and day counts of 漏えい等報告 (LAW.md §3.4; defaults in
 * {@link BreachRules#DEFAULTS}).
 *
 * @param personsThreshold situation (4) applies to more than this many people; default 100 (規則第2条, "100人超";
 *        wording unverified — it matches the pre-2022 "101人以上")
 * @param preliminaryDays the 速報 target ("速やかに", about 3–5 days in practice; businesslawyers.jp/practices/1433);
 *        default 3
 * @param finalDays the 確報 deadline; default 30 (mirrors APPI 規則第8条; businesslawyers.jp/practices/1433, /1435)
 * @param finalDaysImproperPurpose the 確報 deadline when the leak may have been for an improper purpose; default 60
 */
@ConfigurationProperties(prefix = "mnledger.breach")
public record BreachProperties(Integer personsThreshold, Integer preliminaryDays, Integer finalDays,
                               Integer finalDaysImproperPurpose) {

    public BreachRules rules() {
        BreachRules d = BreachRules.DEFAULTS;
        return new BreachRules(personsThreshold == null ? d.personsThreshold() : personsThreshold,
                preliminaryDays == null ? d.preliminaryDays() : preliminaryDays,
                finalDays == null ? d.finalDays() : finalDays,
                finalDaysImproperPurpose == null ? d.finalDaysImproperPurpose() : finalDaysImproperPurpose);
    }
}
