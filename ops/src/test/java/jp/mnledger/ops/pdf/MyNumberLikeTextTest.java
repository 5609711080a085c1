package jp.mnledger.ops.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyNumberLikeTextTest {

    @Test
    void twelveDigitsStandingAloneLookLikeAMyNumber() {
        assertThat(MyNumberLikeText.in("123456789018")).isTrue();
        assertThat(MyNumberLikeText.in("番号は123456789018です")).isTrue();
        assertThat(MyNumberLikeText.in("1234 5678 9018")).isTrue();
        assertThat(MyNumberLikeText.in("1234-5678-9018")).isTrue();
        assertThat(MyNumberLikeText.in("１２３４５６７８９０１８")).isTrue();
        assertThat(MyNumberLikeText.in("(123456789018)")).isTrue();
    }

    @Test
    void longerTokensUuidsDatesAndCorporateNumbersDoNot() {
        assertThat(MyNumberLikeText.in("7000012345678")).as("法人番号").isFalse();
        assertThat(MyNumberLikeText.in("3f2504e0-4f89-11d3-9a0c-030512345678")).as("UUID tail").isFalse();
        assertThat(MyNumberLikeText.in("sha256 ab123456789012cd")).as("inside a hash").isFalse();
        assertThat(MyNumberLikeText.in("2026/11/26 18:42 E00012 12345678901")).isFalse();
        assertThat(MyNumberLikeText.in(null)).isFalse();
    }
}
