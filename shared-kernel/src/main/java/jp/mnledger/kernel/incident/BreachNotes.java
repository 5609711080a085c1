package jp.mnledger.kernel.incident;

/**
 * The parts of the report the ledger cannot know, typed by a person: a summary added to 概要, 原因, 二次被害, 本人への対応,
 * 公表, 再発防止, その他. Free text may name people or describe them: it is sealed before it reaches an event, never
 * logged, and never in {@link #toString()}.
 */
public record BreachNotes(String summary, String cause, String secondaryDamage, String responseToIndividuals,
                          String publication, String recurrencePrevention, String other) {

    public static final BreachNotes NONE = new BreachNotes(null, null, null, null, null, null, null);

    /** Whether any note holds text that could be a 個人番号 (refused: a report names people by id only). */
    public boolean holdsMyNumberLikeText() {
        return java.util.stream.Stream.of(summary, cause, secondaryDamage, responseToIndividuals, publication,
                recurrencePrevention, other).anyMatch(jp.mnledger.kernel.number.MyNumberLikeText::in);
    }

    public boolean blank() {
        return isBlank(summary) && isBlank(cause) && isBlank(secondaryDamage) && isBlank(responseToIndividuals)
                && isBlank(publication) && isBlank(recurrencePrevention) && isBlank(other);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public String toString() {
        return "BreachNotes[sealed]";
    }
}
