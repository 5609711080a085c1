package jp.mnledger.ops.ledger.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the verifier found: facts established, and problems — each with the leaf index it concerns where there
 * is one. An exact index is the first bad leaf itself; an inexact one is a lower bound (the first leaf that
 * no signed head vouches for any more). Never holds event content: indices, sizes, hashes and ids only.
 */
public final class Report {

    public enum Result { VERIFIED, TAMPERED }

    /**
     * @param kind    a stable name (EVENT_CHANGED, FORK, ROLLBACK, …; docs/evidence-bundle.md §7)
     * @param index   the leaf index concerned, or null
     * @param exact   whether {@code index} is the bad leaf itself (else: the first leaf from which on it may be)
     * @param message in English
     */
    public record Problem(String kind, Long index, boolean exact, String message) {
    }

    private final String source;
    private final List<String> facts = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    Report(String source) {
        this.source = source;
    }

    void fact(String fact) {
        facts.add(fact);
    }

    void problem(String kind, Long index, boolean exact, String message) {
        problems.add(new Problem(kind, index, exact, message));
    }

    public String source() {
        return source;
    }

    public List<String> facts() {
        return List.copyOf(facts);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public Result result() {
        return problems.isEmpty() ? Result.VERIFIED : Result.TAMPERED;
    }

    /** The problem with the smallest leaf index (an exact one before an inexact one at the same index). */
    public Optional<Problem> firstBad() {
        return problems.stream().filter(p -> p.index() != null)
                .min(Comparator.comparingLong(Problem::index).thenComparing(p -> !p.exact()));
    }

    public boolean hasProblem(String kind) {
        return problems.stream().anyMatch(p -> p.kind().equals(kind));
    }
}
