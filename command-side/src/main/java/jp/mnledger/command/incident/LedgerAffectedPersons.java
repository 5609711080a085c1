package jp.mnledger.command.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.incident.AffectedSubject;
import jp.mnledger.kernel.incident.BreachScope;
import jp.mnledger.kernel.inbox.IdDocumentImageViewedEvent;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.retention.SubjectDisposedEvent;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.MyNumberProvidedEvent;
import jp.mnledger.kernel.subject.MyNumberRevealedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a breach concerns, computed from the event store itself ({@code axon.domainevententry}, the ledger's
 * leaves), never from a read model: a subject's number is held from its first {@link MyNumberAcquiredEvent} until
 * its {@link SubjectDisposedEvent}; an account touched a subject's number when it is the actor of a reveal, a
 * provision, an ID-image view, an acquisition, a verification or a correction. Answers ids, kinds and purposes only.
 */
@Component
class LedgerAffectedPersons {

    /** The events that touch a number, and how the draft names the touch. */
    private static final Map<String, String> TOUCHES = Map.of(
            MyNumberRevealedEvent.class.getName(), "REVEALED",
            MyNumberProvidedEvent.class.getName(), "PROVIDED",
            IdDocumentImageViewedEvent.class.getName(), "ID_IMAGE_VIEWED",
            MyNumberAcquiredEvent.class.getName(), "ACQUIRED",
            MyNumberVerifiedEvent.class.getName(), "VERIFIED",
            MyNumberCorrectedEvent.class.getName(), "CORRECTED");

    private final JdbcTemplate jdbc;

    LedgerAffectedPersons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user ids of the accounts named by username or user id; BREACH_ACCOUNT_UNKNOWN when one names nobody. */
    List<String> resolveAccounts(List<String> accounts) {
        Set<String> ids = new LinkedHashSet<>();
        for (String account : accounts) {
            List<String> found = account == null ? List.of() : jdbc.queryForList(
                    "SELECT user_id FROM identity.credential WHERE user_id = ? OR username = ?", String.class,
                    account, account);
            if (found.size() != 1) {
                throw new DomainException(ErrorCode.BREACH_ACCOUNT_UNKNOWN);
            }
            ids.add(found.get(0));
        }
        return List.copyOf(ids);
    }

    private static final class SubjectState {
        SubjectKind kind;
        Instant acquiredAt;
        Instant disposedAt;
        Set<Purpose> purposes = new TreeSet<>();
        Set<String> touchedAs = new TreeSet<>();

        boolean heldDuring(Instant from, Instant to) {
            return acquiredAt != null && !acquiredAt.isAfter(to) && (disposedAt == null || disposedAt.isAfter(from));
        }
    }

    /**
     * The subjects of the company in the scope (accounts already resolved to user ids), each at most once, ordered
     * by id. SUBJECT_NOT_FOUND when a given subject id is not one of the company's.
     */
    List<AffectedSubject> affected(String companyId, Instant from, Instant to, BreachScope scope) {
        Map<String, SubjectState> subjects = new HashMap<>();
        Set<String> accounts = Set.copyOf(scope.accounts());
        List<String> types = new ArrayList<>(TOUCHES.keySet());
        types.add(SubjectRegisteredEvent.class.getName());
        types.add(SubjectDisposedEvent.class.getName());
        String placeholders = String.join(",", java.util.Collections.nCopies(types.size(), "?"));
        List<Object> args = new ArrayList<>(types);
        args.add(companyId);
        jdbc.query("""
                SELECT payloadtype, aggregateidentifier, "timestamp", convert_from(metadata, 'UTF8')::jsonb ->> 'actor',
                       p ->> 'kind', (SELECT string_agg(x, ',') FROM jsonb_array_elements_text(
                           CASE WHEN jsonb_typeof(p -> 'purposesNotified') = 'array' THEN p -> 'purposesNotified'
                                ELSE '[]'::jsonb END) x)
                FROM (SELECT globalindex, payloadtype, aggregateidentifier, "timestamp", metadata,
                             convert_from(payload, 'UTF8')::jsonb AS p
                      FROM axon.domainevententry WHERE payloadtype IN (%s)) e
                WHERE p ->> 'companyId' = ?
                ORDER BY globalindex""".formatted(placeholders), rs -> {
            String type = rs.getString(1);
            SubjectState state = subjects.computeIfAbsent(rs.getString(2), id -> new SubjectState());
            Instant at = Instant.parse(rs.getString(3));
            if (type.equals(SubjectRegisteredEvent.class.getName())) {
                state.kind = SubjectKind.valueOf(rs.getString(5));
            } else if (type.equals(SubjectDisposedEvent.class.getName())) {
                state.disposedAt = at;
            } else {
                if (type.equals(MyNumberAcquiredEvent.class.getName())) {
                    if (state.acquiredAt == null) {
                        state.acquiredAt = at;
                    }
                    state.purposes.addAll(Purpose.fromCsv(rs.getString(6)));
                }
                String actor = rs.getString(4);
                if (actor != null && accounts.contains(actor) && !at.isBefore(from) && !at.isAfter(to)) {
                    state.touchedAs.add(TOUCHES.get(type));
                }
            }
        }, args.toArray());

        Set<String> givenSubjects = new TreeSet<>();
        for (String subjectId : scope.subjectIds()) {
            SubjectState state = subjects.get(subjectId);
            if (state == null || state.kind == null) {
                throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
            }
            givenSubjects.add(subjectId);
        }
        Map<String, AffectedSubject> affected = new TreeMap<>();
        subjects.forEach((subjectId, state) -> {
            if (state.kind == null) {
                return;
            }
            boolean held = state.heldDuring(from, to);
            boolean inScope = !state.touchedAs.isEmpty()
                    || held && (scope.wholeCompany() || givenSubjects.contains(subjectId)
                            || scope.purposes().stream().anyMatch(state.purposes::contains));
            if (inScope) {
                affected.put(subjectId, new AffectedSubject(subjectId, state.kind, List.copyOf(state.purposes),
                        List.copyOf(state.touchedAs)));
            }
        });
        return List.copyOf(affected.values());
    }
}
