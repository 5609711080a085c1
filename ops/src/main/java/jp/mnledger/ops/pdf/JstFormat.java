package jp.mnledger.ops.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the documents print times: always in Japan Standard Time, said so, in the forms Japanese business papers use. */
public final class JstFormat {

    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm:ss '(JST)'");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private JstFormat() {
    }

    /** 2026年11月26日 18:42:05 (JST) */
    public static String dateTimeLong(Instant instant) {
        return LONG.format(instant.atZone(JST));
    }

    /** 2026/11/26 18:42 — in a table, where the column header says JST */
    public static String dateTimeShort(Instant instant) {
        return SHORT.format(instant.atZone(JST));
    }

    /** 2033/01/10 */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
