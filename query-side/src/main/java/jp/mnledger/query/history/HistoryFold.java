package jp.mnledger.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import jp.mnledger.kernel.access.AccessDeniedEvent;
import jp.mnledger.kernel.access.PersonalDataAccessedEvent;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.PurposesDeclaredEvent;
import jp.mnledger.kernel.history.AccessDecisionResponse;
import jp.mnledger.kernel.history.CompanyStateResponse;
import jp.mnledger.kernel.history.HistoryStepResponse;
import jp.mnledger.kernel.history.SubjectStateResponse;
import jp.mnledger.kernel.identity.UserAccountCreatedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageReceivedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageViewedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImagesPurgedEvent;
import jp.mnledger.kernel.invitation.InvitationCompletedEvent;
import jp.mnledger.kernel.invitation.InvitationIssuedEvent;
import jp.mnledger.kernel.invitation.InvitationRedeemedEvent;
import jp.mnledger.kernel.invitation.InvitationStepRecordedEvent;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.retention.DisposalProposedEvent;
import jp.mnledger.kernel.retention.SubjectDisposedEvent;
import jp.mnledger.kernel.subject.AcknowledgementSignedEvent;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.MyNumberProvidedEvent;
import jp.mnledger.kernel.subject.MyNumberRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberRevealedEvent;
import jp.mnledger.kernel.subject.MyNumberStatus;
import jp.mnledger.kernel.subject.MyNumberUseRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerificationRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;

/**
 * Events in, state out: the one place where the event stream becomes "what was held, its status, who accessed it,
 * for which purpose, from where" as of a time (ADR 0017). Pure: no I/O, no clock, no Spring. Feed it every stored
 * event in stream order (those after {@code asOf}, and those of companies out of scope, are ignored), then ask for a
 * company's state.
 *
 * <p>The status follows the subject list's rules: registered NOT_ACQUIRED; acquired or corrected ACQUIRED (a replaced
 * number awaits 本人確認 again); verified VERIFIED; the person's refusal REFUSED; a disposal proposal DISPOSAL_DUE
 * (never over DISPOSED); disposal DISPOSED, which also ends what was held (number, purposes, images). Steps use the
 * subject history's action vocabulary and order (time, then the subject's own stream order, then event id), so a
 * reconstruction and the projections can be compared row for row. Nothing sealed is ever opened: no name, number or
 * stated reason can reach the state.
 */
public final class HistoryFold {

    /** The payload types the fold reads; a reader may skip deserialising any other. */
    public static final Set<Class<?>> HANDLED = Set.of(UserAccountCreatedEvent.class, PurposesDeclaredEvent.class,
            SubjectRegisteredEvent.class, MyNumberAcquiredEvent.class, MyNumberVerifiedEvent.class,
            MyNumberVerificationRefusedEvent.class, MyNumberRevealedEvent.class, MyNumberProvidedEvent.class,
            MyNumberUseRefusedEvent.class, MyNumberRefusedEvent.class, MyNumberCorrectedEvent.class,
            EmploymentRecordedEvent.class, AcknowledgementSignedEvent.class, IdDocumentImageReceivedEvent.class,
            IdDocumentImageViewedEvent.class, IdDocumentImagesPurgedEvent.class, AccessDeniedEvent.class,
            PersonalDataAccessedEvent.class, DisposalProposedEvent.class, SubjectDisposedEvent.class,
            InvitationIssuedEvent.class, InvitationRedeemedEvent.class, InvitationStepRecordedEvent.class,
            InvitationCompletedEvent.class);

    private static final Comparator<Step> STEP_ORDER = Comparator.comparing((Step s) -> s.event().occurredAt())
            .thenComparing(s -> s.ownSequence(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.event().eventId());

    private final Instant asOf;
    private final Predicate<String> companyInScope;
    private final Map<String, String> usernames = new HashMap<>();
    private final Map<String, CompanyFold> companies = new LinkedHashMap<>();
    private final Map<String, SubjectFold> subjects = new HashMap<>();
    private long eventsFolded;

    /**
     * @param asOf           events recorded after this instant are ignored
     * @param companyInScope which companies to keep (the caller's, or one); users are always learnt, for names
     */
    public HistoryFold(Instant asOf, Predicate<String> companyInScope) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.companyInScope = Objects.requireNonNull(companyInScope, "companyInScope");
    }

    public Instant asOf() {
        return asOf;
    }

    /** How many events up to {@code asOf} changed the state so far. */
    public long eventsFolded() {
        return eventsFolded;
    }

    public void accept(RecordedEvent event) {
        if (event.occurredAt().isAfter(asOf)) {
            return;
        }
        if (fold(event, event.payload())) {
            eventsFolded++;
        }
    }

    private boolean fold(RecordedEvent event, Object payload) {
        if (payload instanceof UserAccountCreatedEvent e) {
            usernames.put(e.userId(), e.username());
            return true;
        } else if (payload instanceof PurposesDeclaredEvent e) {
            CompanyFold company = companyInScope(e.companyId());
            if (company != null) {
                company.purposesDeclared.addAll(e.purposes());
            }
            return company != null;
        } else if (payload instanceof SubjectRegisteredEvent e) {
            return register(e, event);
        } else if (payload instanceof MyNumberAcquiredEvent e) {
            return step(event, e.subjectId(), e.companyId(), "ACQUIRED", null, s -> {
                s.status = MyNumberStatus.ACQUIRED;
                s.numberHeld = true;
                s.purposesNotified = new TreeSet<>(e.purposesNotified());
            });
        } else if (payload instanceof MyNumberVerifiedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "VERIFIED", null, s -> s.status = MyNumberStatus.VERIFIED);
        } else if (payload instanceof MyNumberVerificationRefusedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "VERIFICATION_REFUSED", null, NO_CHANGE);
        } else if (payload instanceof MyNumberRevealedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "REVEALED", e.purpose().name(), NO_CHANGE);
        } else if (payload instanceof MyNumberProvidedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "PROVIDED", e.purpose().name(), NO_CHANGE);
        } else if (payload instanceof MyNumberUseRefusedEvent e) {
            return step(event, e.subjectId(), e.companyId(), e.action() + "_REFUSED",
                    e.purpose() == null ? null : e.purpose().name(), NO_CHANGE);
        } else if (payload instanceof MyNumberRefusedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "PERSON_REFUSED", null, s -> s.status = MyNumberStatus.REFUSED);
        } else if (payload instanceof MyNumberCorrectedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "CORRECTED", null, s -> {
                s.status = MyNumberStatus.ACQUIRED;
                s.numberHeld = true;
            });
        } else if (payload instanceof EmploymentRecordedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "EMPLOYMENT_" + e.change(), null, NO_CHANGE);
        } else if (payload instanceof AcknowledgementSignedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "ACKNOWLEDGED", null,
                    s -> s.acknowledgedRulesVersion = Math.max(s.acknowledgedRulesVersion, e.rulesVersion()));
        } else if (payload instanceof IdDocumentImageReceivedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "ID_IMAGE_RECEIVED", null, s -> s.imagesHeld.add(e.imageId()));
        } else if (payload instanceof IdDocumentImageViewedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "ID_IMAGE_VIEWED", null, NO_CHANGE);
        } else if (payload instanceof IdDocumentImagesPurgedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "ID_IMAGES_PURGED", null,
                    s -> e.imageIds().forEach(s.imagesHeld::remove));
        } else if (payload instanceof InvitationIssuedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "INVITATION_ISSUED", null, NO_CHANGE);
        } else if (payload instanceof InvitationRedeemedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "INVITATION_REDEEMED", null, NO_CHANGE);
        } else if (payload instanceof InvitationStepRecordedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "INVITATION_STEP", null, NO_CHANGE);
        } else if (payload instanceof InvitationCompletedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "INVITATION_COMPLETED", null, NO_CHANGE);
        } else if (payload instanceof DisposalProposedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "DISPOSAL_PROPOSED", null, s -> {
                if (s.status != MyNumberStatus.DISPOSED) {
                    s.status = MyNumberStatus.DISPOSAL_DUE;
                }
            });
        } else if (payload instanceof SubjectDisposedEvent e) {
            return step(event, e.subjectId(), e.companyId(), "DISPOSED", null, s -> {
                s.status = MyNumberStatus.DISPOSED;
                s.numberHeld = false;
                s.purposesNotified.clear();
                s.imagesHeld.clear();
            });
        } else if (payload instanceof AccessDeniedEvent e) {
            return decision(event, e.companyId(), e.subjectId(), "DENIED", e.messageType(), e.purpose(), null, e.reason(),
                    e.userId());
        } else if (payload instanceof PersonalDataAccessedEvent e) {
            return decision(event, e.companyId(), e.subjectId(), "GRANTED", e.messageType(), null,
                    e.role() == null ? null : e.role().name(), null, e.userId());
        }
        return false;
    }

    /** The company's state as of {@code asOf}; a company with nothing recorded by then is an empty state. */
    public CompanyStateResponse company(String companyId) {
        CompanyFold company = companies.get(companyId);
        if (company == null) {
            return new CompanyStateResponse(companyId, asOf, List.of(), List.of(), List.of());
        }
        List<SubjectStateResponse> subjectStates = company.subjects.stream()
                .sorted(Comparator.comparing((SubjectFold s) -> s.registeredAt).thenComparing(s -> s.registered.subjectId()))
                .map(this::state)
                .toList();
        List<AccessDecisionResponse> log = company.accessLog.stream()
                .sorted(Comparator.comparing((Decision d) -> d.event().occurredAt()).thenComparing(d -> d.event().eventId()))
                .map(this::response)
                .toList();
        return new CompanyStateResponse(companyId, asOf, List.copyOf(company.purposesDeclared), subjectStates, log);
    }

    /** One subject's state, or null when it was not registered (in a company in scope) by {@code asOf}. */
    public SubjectStateResponse subject(String companyId, String subjectId) {
        SubjectFold subject = subjects.get(subjectId);
        return subject == null || !subject.registered.companyId().equals(companyId) ? null : state(subject);
    }

    private CompanyFold companyInScope(String companyId) {
        if (companyId == null || !companyInScope.test(companyId)) {
            return null;
        }
        return companies.computeIfAbsent(companyId, id -> new CompanyFold());
    }

    private boolean register(SubjectRegisteredEvent e, RecordedEvent event) {
        CompanyFold company = companyInScope(e.companyId());
        if (company == null || subjects.containsKey(e.subjectId())) {
            return false;
        }
        SubjectFold subject = new SubjectFold(e, event.occurredAt());
        subjects.put(e.subjectId(), subject);
        company.subjects.add(subject);
        subject.steps.add(new Step(event, "REGISTERED", null, ownSequence(event, e.subjectId())));
        return true;
    }

    private static final Consumer<SubjectFold> NO_CHANGE = s -> { };

    private boolean step(RecordedEvent event, String subjectId, String companyId, String action, String purpose,
                                Consumer<SubjectFold> change) {
        SubjectFold subject = subjects.get(subjectId);
        if (subject == null || !subject.registered.companyId().equals(companyId)) {
            return false;
        }
        change.accept(subject);
        subject.steps.add(new Step(event, action, purpose, ownSequence(event, subjectId)));
        return true;
    }

    /** An access decision: a row of the company's log and, when it names one of its subjects, a step of that subject. */
    private boolean decision(RecordedEvent event, String companyId, String subjectId, String outcome, String action,
                             String purpose, String role, String reason, String userId) {
        CompanyFold company = companyInScope(companyId);
        if (company == null) {
            return false;
        }
        company.accessLog.add(new Decision(event, outcome, action, subjectId, purpose, role, reason, userId));
        if (subjectId != null) {
            step(event, subjectId, companyId, "DENIED".equals(outcome) ? "ACCESS_DENIED" : "ACCESSED", purpose, NO_CHANGE);
        }
        return true;
    }

    private static Long ownSequence(RecordedEvent event, String subjectId) {
        return subjectId.equals(event.aggregateId()) ? event.sequenceNumber() : null;
    }

    private SubjectStateResponse state(SubjectFold s) {
        SubjectRegisteredEvent r = s.registered;
        List<HistoryStepResponse> steps = s.steps.stream().sorted(STEP_ORDER).map(this::response).toList();
        return new SubjectStateResponse(r.subjectId(), r.companyId(), r.kind(), r.employeeCode(), r.relatedSubjectId(),
                r.relationship(), s.status, s.numberHeld, List.copyOf(s.purposesNotified), s.acknowledgedRulesVersion,
                s.imagesHeld.size(), s.registeredAt, steps);
    }

    private HistoryStepResponse response(Step step) {
        RecordedEvent e = step.event();
        String actor = meta(e, AuditMetadata.ACTOR);
        return new HistoryStepResponse(e.eventId(), e.occurredAt(), step.action(), step.purpose(), actor,
                actor == null ? null : usernames.get(actor), meta(e, AuditMetadata.ROLE),
                meta(e, AuditMetadata.CLIENT_ADDRESS), meta(e, AuditMetadata.USER_AGENT), meta(e, AuditMetadata.REQUEST_ID));
    }

    private AccessDecisionResponse response(Decision d) {
        RecordedEvent e = d.event();
        return new AccessDecisionResponse(e.eventId(), e.occurredAt(), d.outcome(), d.action(), d.subjectId(),
                d.purpose(), d.role(), d.reason(), d.userId(), d.userId() == null ? null : usernames.get(d.userId()),
                meta(e, AuditMetadata.CLIENT_ADDRESS), meta(e, AuditMetadata.USER_AGENT), meta(e, AuditMetadata.REQUEST_ID));
    }

    private static String meta(RecordedEvent event, String key) {
        Object value = event.metadata().get(key);
        return value == null ? null : value.toString();
    }

    private record Step(RecordedEvent event, String action, String purpose, Long ownSequence) {
    }

    private record Decision(RecordedEvent event, String outcome, String action, String subjectId, String purpose,
                            String role, String reason, String userId) {
    }

    private static final class CompanyFold {
        final Set<Purpose> purposesDeclared = new TreeSet<>();
        final List<SubjectFold> subjects = new ArrayList<>();
        final List<Decision> accessLog = new ArrayList<>();
    }

    private static final class SubjectFold {
        final SubjectRegisteredEvent registered;
        final Instant registeredAt;
        final List<Step> steps = new ArrayList<>();
        final Set<String> imagesHeld = new java.util.HashSet<>();
        MyNumberStatus status = MyNumberStatus.NOT_ACQUIRED;
        boolean numberHeld;
        Set<Purpose> purposesNotified = new TreeSet<>();
        int acknowledgedRulesVersion;

        SubjectFold(SubjectRegisteredEvent registered, Instant registeredAt) {
            this.registered = registered;
            this.registeredAt = registeredAt;
        }
    }
}
