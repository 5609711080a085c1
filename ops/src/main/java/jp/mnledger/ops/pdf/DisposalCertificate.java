package jp.mnledger.ops.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import jp.mnledger.kernel.number.CorporateNumber;

/**
 * What a 削除・廃棄証明書 certifies: that the listed data subjects' 個人番号 and related personal data were
 * deleted irreversibly, by destroying each subject's data key. It identifies people by subject id and the
 * company's own code only: by the time a certificate is issued their names are gone with their keys, and
 * a certificate never shows a 個人番号 (the renderer refuses text that looks like one).
 *
 * @param certificateNumber the certificate's own number, e.g. {@code DC-2026-000123}
 * @param companyName       the business that held the data and issues the certificate
 * @param corporateNumber   its 法人番号 (public, so it may be shown); null for a business without one
 * @param confirmedBy       the username of who confirmed the disposal, e.g. {@code demo-manager}
 * @param confirmedByRole   their role as printed, e.g. 事務取扱責任者
 * @param trigger           how the disposal was started
 * @param lines             one per disposed person; at least one
 * @param ledgerReference   where the disposal is recorded, e.g. the event ids or global index range
 * @param issuedAt          when the certificate is issued (printed in JST, and the PDF's creation date)
 */
public record DisposalCertificate(String certificateNumber, String companyName, CorporateNumber corporateNumber,
                                  String confirmedBy, String confirmedByRole, Trigger trigger, List<Line> lines,
                                  String ledgerReference, Instant issuedAt) {

    public DisposalCertificate {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedByRole, "confirmedByRole");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(ledgerReference, "ledgerReference");
        Objects.requireNonNull(issuedAt, "issuedAt");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a disposal certificate lists at least one person");
        }
    }

    /** How a disposal was started. */
    public enum Trigger {
        RETENTION_EXPIRED("保存期間満了による定期処理"),
        MANUAL("手動");

        private final String labelJa;

        Trigger(String labelJa) {
            this.labelJa = labelJa;
        }

        public String labelJa() {
            return labelJa;
        }
    }

    /**
     * One disposed person.
     *
     * @param subjectId      the data subject's id in mnledger
     * @param employeeCode   the company's own code for the person (社員番号等); may be null
     * @param category       区分 as printed, e.g. 従業員, 扶養親族（子）, 報酬の支払先
     * @param retentionBasis the document whose retention ran out and its legal basis, e.g.
     *                       扶養控除等申告書 — 所得税法施行規則76条の3
     * @param retainUntil    the end of the retention period (保存期限); null where none applied
     * @param disposedAt     when the person's data key was destroyed
     */
    public record Line(UUID subjectId, String employeeCode, String category, String retentionBasis,
                       LocalDate retainUntil, Instant disposedAt) {
        public Line {
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(retentionBasis, "retentionBasis");
            Objects.requireNonNull(disposedAt, "disposedAt");
        }
    }

    /** The earliest deletion on the certificate. */
    public Instant disposedFrom() {
        return lines.stream().map(Line::disposedAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The latest deletion on the certificate. */
    public Instant disposedUntil() {
        return lines.stream().map(Line::disposedAt).max(Comparator.naturalOrder()).orElseThrow();
    }
}
