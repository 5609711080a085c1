package jp.mnledger.command.subject;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.mnledger.command.keyvault.PersonalDataSealer;
import jp.mnledger.command.keyvault.PersonalDocumentSealer;
import jp.mnledger.command.keyvault.SealedValueTamperedException;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.seal.SealedValueOpener;

/**
 * A sealer and opener for aggregate tests: deterministic, so expected events can be written out, and
 * reversible, so a reveal can be tested. It is not a cipher; the real sealing is tested in the key
 * vault's own tests and on the real database.
 */
final class DeterministicSealer implements PersonalDataSealer, PersonalDocumentSealer, SealedValueOpener {

    private final String destroyedSubject;

    DeterministicSealer() {
        this(null);
    }

    DeterministicSealer(String destroyedSubject) {
        this.destroyedSubject = destroyedSubject;
    }

    @Override
    public SealedValue seal(String tenantId, String subjectId, PersonalField field, String clearText) {
        if (subjectId.equals(destroyedSubject)) {
            throw new DomainException(ErrorCode.SUBJECT_KEY_DESTROYED);
        }
        return sealed(tenantId, subjectId, field, clearText);
    }

    @Override
    public Optional<String> open(String subjectId, PersonalField field, SealedValue value) {
        if (subjectId.equals(destroyedSubject)) {
            return Optional.empty();
        }
        String text = new String(value.ciphertext(), StandardCharsets.UTF_8);
        return Optional.of(text.substring(text.lastIndexOf('|') + 1));
    }

    @Override
    public SealedValue sealDocument(String tenantId, String subjectId, PersonalField field, String documentId, byte[] content) {
        if (subjectId.equals(destroyedSubject)) {
            throw new DomainException(ErrorCode.SUBJECT_KEY_DESTROYED);
        }
        return sealedDocument(tenantId, subjectId, field, documentId, content);
    }

    @Override
    public Optional<byte[]> openDocument(String subjectId, PersonalField field, String documentId, SealedValue sealed) {
        if (subjectId.equals(destroyedSubject)) {
            return Optional.empty();
        }
        byte[] stored = sealed.ciphertext();
        int bars = 0;
        int start = 0;
        while (bars < 4 && start < stored.length) {
            bars += stored[start++] == '|' ? 1 : 0;
        }
        String header = new String(stored, 0, start, StandardCharsets.UTF_8);
        if (!header.endsWith("|" + subjectId + "|" + field + "|" + documentId + "|")) {
            throw new SealedValueTamperedException(subjectId, field);
        }
        return Optional.of(java.util.Arrays.copyOfRange(stored, start, stored.length));
    }

    /** The header, then the content: reversible, and different for every tenant, subject, field and document. */
    static SealedValue sealedDocument(String tenantId, String subjectId, PersonalField field, String documentId,
                                      byte[] content) {
        byte[] header = documentHeader(tenantId, subjectId, field, documentId);
        byte[] stored = java.util.Arrays.copyOf(header, header.length + content.length);
        System.arraycopy(content, 0, stored, header.length, content.length);
        return new SealedValue(SealedValue.AES_256_GCM_V1, new byte[12], stored);
    }

    private static byte[] documentHeader(String tenantId, String subjectId, PersonalField field, String documentId) {
        return (tenantId + "|" + subjectId + "|" + field + "|" + documentId + "|").getBytes(StandardCharsets.UTF_8);
    }

    static SealedValue sealed(String tenantId, String subjectId, PersonalField field, String clearText) {
        return new SealedValue(SealedValue.AES_256_GCM_V1, new byte[12],
                (tenantId + "|" + subjectId + "|" + field + "|" + clearText).getBytes(StandardCharsets.UTF_8));
    }
}
