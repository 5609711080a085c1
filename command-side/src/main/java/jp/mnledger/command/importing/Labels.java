package jp.mnledger.command.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * The words a payroll spreadsheet uses for 区分 and 続柄: the labels of {@link SubjectKind} and
 * {@link Relationship}, their enum names (any case), and the everyday words that mean exactly one of
 * them (パート, 嘱託; 妻, 長男, 父 …). Matched after NFKC, ignoring spaces and the separators ・ and /.
 */
final class Labels {

    private static final Map<String, SubjectKind> KINDS = new HashMap<>();
    private static final Map<String, Relationship> RELATIONSHIPS = new HashMap<>();

    static {
        for (SubjectKind kind : SubjectKind.values()) {
            KINDS.put(key(kind.labelJa()), kind);
            KINDS.put(key(kind.name()), kind);
        }
        for (String alias : new String[] {"パート", "アルバイト"}) {
            KINDS.put(key(alias), SubjectKind.PART_TIME);
        }
        for (String alias : new String[] {"契約社員", "嘱託"}) {
            KINDS.put(key(alias), SubjectKind.CONTRACT);
        }
        for (Relationship relationship : Relationship.values()) {
            RELATIONSHIPS.put(key(relationship.labelJa()), relationship);
            RELATIONSHIPS.put(key(relationship.name()), relationship);
        }
        aliases(Relationship.SPOUSE, "妻", "夫");
        aliases(Relationship.CHILD, "長男", "長女", "次男", "次女", "三男", "三女", "四男", "四女", "息子", "娘");
        aliases(Relationship.PARENT, "父", "母", "実父", "実母");
        aliases(Relationship.GRANDPARENT, "祖父", "祖母");
        aliases(Relationship.SIBLING, "兄", "弟", "姉", "妹");
    }

    private Labels() {
    }

    private static void aliases(Relationship relationship, String... words) {
        for (String word : words) {
            RELATIONSHIPS.put(key(word), relationship);
        }
    }

    static Optional<SubjectKind> kind(String text) {
        return Optional.ofNullable(KINDS.get(key(text)));
    }

    static Optional<Relationship> relationship(String text) {
        return Optional.ofNullable(RELATIONSHIPS.get(key(text)));
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("[\\s・/]", "");
    }
}
