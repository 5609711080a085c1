package jp.mnledger.kernel.incident;

/**
 * What only a person can know about the incident, as entered: what happened; whether it may have been done for an
 * improper purpose (不正の目的) or was an improper use or provision; whether the data became, or may have become,
 * viewable by 不特定多数 electronically; whether the data was highly encrypted with its keys not leaked (the
 * exclusion); whether it happened in a system of situation (1) (情報提供ネットワークシステム, 個人番号利用事務 systems,
 * systems of public bodies or their contractors), which an employer's 個人番号関係事務 usually is not.
 */
public record BreachFacts(BreachCategory category, boolean improperPurpose, boolean publiclyViewable,
                          boolean highlyEncrypted, boolean specifiedSystem) {
}
