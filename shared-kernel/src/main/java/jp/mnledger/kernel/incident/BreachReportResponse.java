package jp.mnledger.kernel.incident;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * A 漏えい等報告 draft as served (REST, GraphQL): the recorded event rendered with the nine items of 規則第3条 under
 * the law's headings, each with what the server computed and what a person entered. Never a name or a number: the
 * people are ids with their kind and purposes.
 */
public record BreachReportResponse(String id, String companyId, Instant draftedAt, String draftedBy,
                                   BreachCategory category, String categoryJa, Instant windowFrom, Instant windowTo,
                                   Instant awareAt, BreachScope scope, BreachFacts facts, Affected affected,
                                   BreachAssessment assessment, BreachDeadlines deadlines, boolean notifyIndividuals,
                                   String notifyIndividualsJa, BreachRules rules, List<ReportItem> items) {

    /** The nine headings of 規則第3条 (LAW.md §3.4), in order. */
    public static final List<String> HEADINGS = List.of("概要", "特定個人情報の項目", "本人の数", "原因",
            "二次被害又はそのおそれの有無及びその内容", "本人への対応の実施状況", "公表の実施状況", "再発防止のための措置",
            "その他参考となる事項");

    private static final String NOT_ENTERED = "（未記入）";
    private static final DateTimeFormatter JST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BreachDeadlines.JST);

    /** The people concerned: how many, by kind, by purpose held, and each by id. */
    public record Affected(int persons, List<Count> byKind, List<Count> byPurpose, List<AffectedSubject> subjects) {
    }

    public record Count(String code, String labelJa, int count) {
    }

    /** One item of the report: its number and heading, the text the server computed, the text a person entered. */
    public record ReportItem(int number, String heading, String computed, String entered) {

        /** The entered text is the person's own notes, opened: never in a log line. */
        @Override
        public String toString() {
            return "ReportItem[" + number + " " + heading + ", entered " + (entered == null ? "none" : "masked") + "]";
        }
    }

    /** Masked: the items hold the opened notes. */
    @Override
    public String toString() {
        return "BreachReportResponse[" + id + ", company " + companyId + "]";
    }

    public static BreachReportResponse of(BreachReportDraftedEvent event, String draftedBy, Instant draftedAt,
                                          BreachNotes notes) {
        BreachNotes n = notes == null ? BreachNotes.NONE : notes;
        Affected affected = affected(event.affected());
        BreachFacts facts = event.facts();
        boolean notify = event.assessment().reportable();
        String notifyJa = notify
                ? "本人への通知が必要（番号法第29条の4第2項、規則第5条）。通知が困難な場合は代わるべき措置（公表等）を検討すること。"
                : "報告対象事態に該当しないため法令上の本人通知義務はない。任意の通知・説明の要否は別途判断すること。";
        List<ReportItem> items = new ArrayList<>();
        items.add(item(1, overview(event, affected), n.summary()));
        items.add(item(2, itemsInvolved(event.affected(), affected), null));
        items.add(item(3, persons(affected), null));
        items.add(item(4, null, n.cause()));
        items.add(item(5, null, n.secondaryDamage()));
        items.add(item(6, notifyJa, n.responseToIndividuals()));
        items.add(item(7, null, n.publication()));
        items.add(item(8, null, n.recurrencePrevention()));
        items.add(item(9, references(event), n.other()));
        return new BreachReportResponse(event.reportId(), event.companyId(), draftedAt, draftedBy, facts.category(),
                facts.category().labelJa(), event.windowFrom(), event.windowTo(), event.awareAt(), event.scope(), facts,
                affected, event.assessment(), event.deadlines(), notify, notifyJa, event.rules(), List.copyOf(items));
    }

    private static ReportItem item(int number, String computed, String entered) {
        return new ReportItem(number, HEADINGS.get(number - 1), computed,
                entered == null || entered.isBlank() ? NOT_ENTERED : entered);
    }

    private static Affected affected(List<AffectedSubject> subjects) {
        Map<SubjectKind, Integer> byKind = new EnumMap<>(SubjectKind.class);
        Map<Purpose, Integer> byPurpose = new EnumMap<>(Purpose.class);
        for (AffectedSubject subject : subjects) {
            if (subject.kind() != null) {
                byKind.merge(subject.kind(), 1, Integer::sum);
            }
            subject.purposes().forEach(p -> byPurpose.merge(p, 1, Integer::sum));
        }
        return new Affected(subjects.size(),
                byKind.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getKey().labelJa(), e.getValue())).toList(),
                byPurpose.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getKey().labelJa(), e.getValue())).toList(),
                subjects);
    }

    private static String overview(BreachReportDraftedEvent event, Affected affected) {
        return JST_TIME.format(event.awareAt()) + "（日本時間）に認知した特定個人情報の" + event.facts().category().labelJa()
                + "（発生したおそれを含む）。対象期間: " + JST_TIME.format(event.windowFrom()) + " 〜 "
                + JST_TIME.format(event.windowTo()) + "（日本時間）。範囲: " + scope(event.scope())
                + "。台帳から算出した本人の数: " + affected.persons() + "人。";
    }

    private static String scope(BreachScope scope) {
        List<String> parts = new ArrayList<>();
        if (scope.wholeCompany()) {
            parts.add("期間中に保管していた全対象者");
        }
        if (!scope.accounts().isEmpty()) {
            parts.add("利用者アカウント" + scope.accounts().size() + "件が期間中に取り扱った対象者");
        }
        if (!scope.subjectIds().isEmpty()) {
            parts.add("指定された対象者" + scope.subjectIds().size() + "人");
        }
        if (!scope.purposes().isEmpty()) {
            parts.add("利用目的（" + scope.purposes().stream().map(Purpose::labelJa).collect(Collectors.joining("、"))
                    + "）で保管していた対象者");
        }
        return String.join("、", parts);
    }

    private static String itemsInvolved(List<AffectedSubject> subjects, Affected affected) {
        if (subjects.isEmpty()) {
            return "台帳上、対象期間に個人番号を保管していた該当者はいない。";
        }
        StringBuilder text = new StringBuilder("個人番号、氏名");
        if (subjects.stream().anyMatch(s -> s.accessedAs().contains("ID_IMAGE_VIEWED"))) {
            text.append("、本人確認書類の画像");
        }
        text.append("。利用目的別: ").append(affected.byPurpose().stream().map(c -> c.labelJa() + " " + c.count() + "人")
                .collect(Collectors.joining("、"))).append("。");
        return text.toString();
    }

    private static String persons(Affected affected) {
        return affected.persons() + "人（" + (affected.byKind().isEmpty() ? "内訳なし" : affected.byKind().stream()
                .map(c -> c.labelJa() + " " + c.count() + "人").collect(Collectors.joining("、")))
                + "）。台帳（イベント履歴）から算出: 対象期間中に個人番号を保管していた者に限る。";
    }

    private static String references(BreachReportDraftedEvent event) {
        BreachRules rules = event.rules();
        return "判断基準: 人数基準 " + rules.personsThreshold() + "人超（文言未確認）、速報目安 " + rules.preliminaryDays()
                + "日、確報 " + rules.finalDays() + "日（不正の目的のおそれ " + rules.finalDaysImproperPurpose()
                + "日）。根拠: 番号法第29条の4、個人情報保護委員会規則（平成27年規則第5号）第2条・第3条。"
                + "委託先が委託元に通知した場合、委託先は報告を要しない（個人情報保護法と同じ構造。番号法の文言は未確認）。";
    }
}
