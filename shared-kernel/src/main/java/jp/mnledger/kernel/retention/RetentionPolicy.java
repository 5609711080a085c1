package jp.mnledger.kernel.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * The versioned retention policy (a tab-separated file shipped in the kernel, LAW.md §4) and the rule
 * delete_due = max(end of need, end of statutory retention) over the document types that apply to a
 * subject: those for the purposes notified to it, for its kind (employees and their dependents, or payees).
 * A company may lengthen a period (an override recorded as an event), never shorten it.
 */
public final class RetentionPolicy {

    /** The policy shipped with this version of mnledger. */
    public static final String CURRENT = "retention/retention-policy-v1.tsv";

    private final int version;
    private final List<DocumentType> documentTypes;

    private RetentionPolicy(int version, List<DocumentType> documentTypes) {
        this.version = version;
        this.documentTypes = List.copyOf(documentTypes);
    }

    public static RetentionPolicy current() {
        return load(CURRENT);
    }

    public static RetentionPolicy load(String resource) {
        try (InputStream in = RetentionPolicy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("retention policy " + resource + " is missing");
            }
            return parse(in, Integer.parseInt(resource.replaceAll(".*-v(\\d+)\\.tsv$", "$1")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RetentionPolicy parse(InputStream in, int version) throws IOException {
        List<DocumentType> types = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 9) {
                throw new IllegalStateException("retention policy line " + number + ": 9 tab-separated fields expected");
            }
            Set<Purpose> purposes = Arrays.stream(f[2].split(",")).map(String::strip).map(Purpose::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Purpose.class)));
            types.add(new DocumentType(f[0], f[1], Collections.unmodifiableSet(purposes), f[3], Period.parse(f[4]),
                    RetentionStart.valueOf(f[5]), f[6], f[7], Boolean.parseBoolean(f[8])));
        }
        return new RetentionPolicy(version, types);
    }

    public int version() {
        return version;
    }

    public List<DocumentType> documentTypes() {
        return documentTypes;
    }

    public Optional<DocumentType> documentType(String id) {
        return documentTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The document types that apply to a subject of this kind with these purposes notified. */
    public List<DocumentType> applicable(SubjectKind kind, Set<Purpose> purposes) {
        boolean payee = kind == SubjectKind.PAYEE;
        return documentTypes.stream()
                .filter(t -> t.appliesTo().equals("ANY") || t.appliesTo().equals(payee ? "PAYEE" : "EMPLOYED"))
                .filter(t -> t.purposes().stream().anyMatch(purposes::contains))
                .toList();
    }

    /**
     * When the subject's disposal is due. For a dependent, pass its employee's dates (the dependent's numbers
     * sit in the employee's documents) with the dependent's own purposes and number status.
     *
     * @param overrides the company's lengthened periods by document type id
     */
    public RetentionDue due(RetentionFacts facts, Map<String, Period> overrides) {
        if (!facts.numberHeld() || facts.continuing()) {
            return RetentionDue.NOT_DUE;
        }
        LocalDate completed = facts.completedOn();
        if (completed == null && facts.kind() == SubjectKind.PAYEE) {
            // A one-off payee: the business is complete with the last payment reported.
            completed = facts.lastProvisionOn().values().stream().max(LocalDate::compareTo).orElse(null);
        }
        if (completed == null) {
            return RetentionDue.NOT_DUE;
        }
        RetentionDue latest = new RetentionDue(completed.plusDays(1), null, "事務の終了", "必要な限度を超えた保管の禁止（番号法20条）", false);
        for (DocumentType type : applicable(facts.kind(), facts.purposesNotified())) {
            LocalDate lastProvision = type.purposes().stream().map(p -> facts.lastProvisionOn().get(p))
                    .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
            LocalDate due = type.dueOn(completed, lastProvision, overrides.get(type.id()));
            if (due == null) {
                return RetentionDue.NOT_DUE; // e.g. the 支払調書 is not filed yet: still needed
            }
            if (!due.isBefore(latest.dueOn()) && (latest.documentTypeId() == null || due.isAfter(latest.dueOn()))) {
                latest = new RetentionDue(due, type.id(), type.nameJa(), type.basis(), type.unverified());
            }
        }
        return latest;
    }
}
