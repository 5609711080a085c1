package jp.mnledger.ops.ledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import jp.mnledger.kernel.ledger.LedgerLeaf;

/**
 * Which events a bundle holds (docs/evidence-bundle.md §2.1): every leaf ({@link #everything()}), or a
 * company's events, optionally narrowed to one data subject and to a period. The one definition of
 * membership: the writer selects by it (in SQL, see {@code JdbcLedgerReader}, or with {@link #matches}) and
 * the verifier checks every event of a bundle against it.
 *
 * <ul>
 *   <li>company: the event's metadata names the company as its {@code tenant};</li>
 *   <li>subject: the event's aggregate identifier is the subject's id, or its payload's {@code subjectId} is;</li>
 *   <li>period: the event's timestamp t satisfies {@code from <= t < to} (either bound may be open).</li>
 * </ul>
 *
 * @param companyId null for everything (then subject and period are null too)
 */
public record EvidenceSelection(String companyId, String subjectId, Instant from, Instant to) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EvidenceSelection {
        if (companyId == null && (subjectId != null || from != null || to != null)) {
            throw new IllegalArgumentException("a subject or a period narrows a company's events");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the period's start must be before its end");
        }
    }

    /**
     * A period bound as given by a person: RFC 3339 with an offset ({@code Z} or ±hh:mm; a '+' that arrived
     * unencoded in a query string as a space is read back), kept to the microsecond (the store's precision).
     *
     * @return null for null or blank
     * @throws IllegalArgumentException if it is not such a time
     */
    public static Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.strip().replace(' ', '+')).toInstant()
                    .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an RFC 3339 time");
        }
    }

    public static EvidenceSelection everything() {
        return new EvidenceSelection(null, null, null, null);
    }

    public static EvidenceSelection company(String companyId) {
        return new EvidenceSelection(companyId, null, null, null);
    }

    /** Every leaf (the full scope): the whole tree is recomputed from the events. */
    public boolean full() {
        return companyId == null;
    }

    /** Why the leaf is not in the selection (a short English phrase), or null if it is. */
    public String mismatch(LedgerLeaf leaf) {
        if (full()) {
            return null;
        }
        JsonNode tenant = json(leaf.metadata()).get("tenant");
        if (tenant == null || !tenant.asText().equals(companyId)) {
            return "not of company " + companyId;
        }
        if (subjectId != null && !subjectId.equals(leaf.aggregateIdentifier())) {
            JsonNode subject = json(leaf.payload()).get("subjectId");
            if (subject == null || !subject.asText().equals(subjectId)) {
                return "not about subject " + subjectId;
            }
        }
        if (from != null || to != null) {
            Instant time;
            try {
                time = Instant.parse(leaf.timestamp());
            } catch (DateTimeParseException e) {
                return "its timestamp is not a time";
            }
            if ((from != null && time.isBefore(from)) || (to != null && !time.isBefore(to))) {
                return "outside the period";
            }
        }
        return null;
    }

    public boolean matches(LedgerLeaf leaf) {
        return mismatch(leaf) == null;
    }

    private static JsonNode json(byte[] bytes) {
        if (bytes == null) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
