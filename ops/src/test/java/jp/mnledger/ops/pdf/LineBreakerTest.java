package jp.mnledger.ops.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every character one unit wide, lines five units wide: the rules are easy to see. */
class LineBreakerTest {

    private static java.util.List<String> wrap(String text) {
        return LineBreaker.wrap(text, 5, cp -> 1);
    }

    @Test
    void japaneseTextBreaksBetweenAnyTwoCharacters() {
        assertThat(wrap("あいうえおかきくけこさし")).containsExactly("あいうえお", "かきくけこ", "さし");
    }

    @Test
    void aClosingMarkNeverStartsALineAndTakesTheCharacterBeforeItAlong() {
        assertThat(wrap("あいうえお。かき")).containsExactly("あいうえ", "お。かき");
        assertThat(wrap("あいうえお」、かき")).containsExactly("あいうえ", "お」、かき");
    }

    @Test
    void anOpeningBracketNeverEndsALine() {
        assertThat(wrap("あいうえ「お」")).containsExactly("あいうえ", "「お」");
    }

    @Test
    void anAsciiWordOrNumberStaysWholeWhenItFitsOnALine() {
        assertThat(wrap("あい2026年")).containsExactly("あい", "2026年");
        assertThat(wrap("ab cdefg")).containsExactly("ab", "cdefg");
        assertThat(wrap("abcdefghij")).containsExactly("abcde", "fghij");
    }

    @Test
    void aNewlineIsAHardBreakAndAnEmptyLineSurvives() {
        assertThat(wrap("あい\n\nう")).containsExactly("あい", "", "う");
    }

    @Test
    void spacesAtABreakAreDropped() {
        assertThat(wrap("あいうえお  かき")).containsExactly("あいうえお", "かき");
    }
}
