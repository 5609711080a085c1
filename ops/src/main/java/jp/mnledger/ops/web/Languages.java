package jp.mnledger.ops.web;

import java.util.List;
import java.util.Locale;

/** Japanese by default; English when the client prefers it (Accept-Language). */
final class Languages {

    private static final List<String> SUPPORTED = List.of("ja", "en");

    private Languages() {
    }

    static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "ja";
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return tag == null ? "ja" : tag;
        } catch (IllegalArgumentException malformed) {
            return "ja";
        }
    }
}
