package jp.mnledger.kernel.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the case is reportable (番号法第29条の4第1項, 規則第2条; LAW.md §3.4) and why: each situation with whether it
 * applies and the reason, and the exclusion of highly encrypted data whose keys did not leak (ppc.go.jp FAQ 2-4-8,
 * applied to every situation as APPI 規則第7条 does; businesslawyers.jp/practices/1433). Pure: the facts a person
 * entered, the number of people the ledger gave, the rules in force.
 */
public record BreachAssessment(boolean reportable, List<Finding> findings, boolean encryptedExclusion,
                               String conclusionJa) {

    /** One situation of 規則第2条: whether it applies, and from what. */
    public record Finding(BreachSituation situation, int number, String labelJa, boolean applies, String reasonJa) {
    }

    public BreachAssessment {
        findings = List.copyOf(findings);
    }

    public static BreachAssessment assess(BreachFacts facts, int persons, BreachRules rules) {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(BreachSituation.SPECIFIED_SYSTEM, facts.specifiedSystem(), facts.specifiedSystem()
                ? "入力: 該当する情報システムでの事態である"
                : "入力: 該当する情報システムでの事態ではない（個人番号関係事務の情報システム）"));
        findings.add(finding(BreachSituation.IMPROPER_PURPOSE, facts.improperPurpose(), facts.improperPurpose()
                ? "入力: 不正の目的をもって行われたおそれ（不正アクセス、持ち出し等）又は不正な利用・提供がある"
                : "入力: 不正の目的のおそれはない"));
        findings.add(finding(BreachSituation.PUBLICLY_VIEWABLE, facts.publiclyViewable(), facts.publiclyViewable()
                ? "入力: 不特定多数の者が閲覧できる状態になった（おそれを含む）"
                : "入力: 不特定多数の者が閲覧できる状態ではない"));
        boolean many = persons > rules.personsThreshold();
        findings.add(finding(BreachSituation.MANY_PERSONS, many, "台帳から算出した本人の数 " + persons + "人は、基準 "
                + rules.personsThreshold() + "人を" + (many ? "超える" : "超えない")
                + "（基準の文言は未確認: 「100人超」は改正前の「101人以上」と一致）"));
        boolean anyApplies = findings.stream().anyMatch(Finding::applies);
        boolean excluded = facts.highlyEncrypted();
        boolean reportable = anyApplies && !excluded;
        String applying = findings.stream().filter(Finding::applies).map(f -> "第" + f.number() + "号")
                .collect(Collectors.joining("・"));
        String conclusion;
        if (reportable) {
            conclusion = "報告対象事態に該当する（規則第2条" + applying + "）。個人情報保護委員会へ速報・確報を提出し、本人に通知すること。";
        } else if (anyApplies) {
            conclusion = "規則第2条" + applying + "の事態に当たるが、高度な暗号化その他の必要な措置が講じられ、鍵が漏えいしていないため、"
                    + "報告対象から除かれる（個人情報保護委員会 FAQ 2-4-8）。この判断の根拠を記録に残すこと。";
        } else {
            conclusion = "報告対象事態のいずれにも該当しない。事実関係が変われば（不正の目的、閲覧可能性、人数）改めて判断すること。";
        }
        return new BreachAssessment(reportable, findings, excluded && anyApplies, conclusion);
    }

    private static Finding finding(BreachSituation situation, boolean applies, String reason) {
        return new Finding(situation, situation.number(), situation.labelJa(), applies, reason);
    }
}
