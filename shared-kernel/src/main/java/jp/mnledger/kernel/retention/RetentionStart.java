package jp.mnledger.kernel.retention;

import java.time.LocalDate;

/** When a document type's retention period starts, given the completion (end) date of the subject's business. */
public enum RetentionStart {
    /** The day after 1/10 of the year following the 提出期限 year; the last 申告書 is the one for the year employment ended. */
    JAN_11_AFTER_DEADLINE_YEAR,
    /** The day after 1/31 of the following year (法定申告期限 of the 源泉徴収票). */
    FEB_1_AFTER_DEADLINE_YEAR,
    /** The day after the 完結の日: the employment end (or death). */
    DAY_AFTER_COMPLETION,
    /** The day after the last provision for the document's purposes (e.g. the 支払調書 was filed). */
    DAY_AFTER_LAST_PROVISION;

    /** The start date, or null when the fact it needs is not (yet) there. */
    LocalDate from(LocalDate completedOn, LocalDate lastProvisionOn) {
        return switch (this) {
            case JAN_11_AFTER_DEADLINE_YEAR -> completedOn == null ? null : LocalDate.of(completedOn.getYear() + 1, 1, 11);
            case FEB_1_AFTER_DEADLINE_YEAR -> completedOn == null ? null : LocalDate.of(completedOn.getYear() + 1, 2, 1);
            case DAY_AFTER_COMPLETION -> completedOn == null ? null : completedOn.plusDays(1);
            case DAY_AFTER_LAST_PROVISION -> lastProvisionOn == null ? null : lastProvisionOn.plusDays(1);
        };
    }
}
