package jp.mnledger.ops.bench;

import java.util.concurrent.ThreadLocalRandom;
import jp.mnledger.kernel.number.MyNumber;

/**
 * Random valid My Numbers for the benchmark: eleven random digits and the check digit of 平成26年総務省令第85号
 * 第5条 (weights 6,5,4,3,2,7,6,5,4,3,2; remainder ≤ 1 → 0, else 11 − remainder), then {@link MyNumber#parse}
 * as the controller would. The digits never leave this class as text: callers get a {@link MyNumber}, whose
 * {@code toString()} is masked.
 */
final class RandomMyNumbers {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private RandomMyNumbers() {
    }

    static MyNumber next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] digits = new char[12];
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int d = random.nextInt(10);
            digits[i] = (char) ('0' + d);
            sum += d * WEIGHTS[i];
        }
        int remainder = sum % 11;
        digits[11] = (char) ('0' + (remainder <= 1 ? 0 : 11 - remainder));
        return MyNumber.parse(new String(digits));
    }
}
