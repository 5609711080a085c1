package jp.mnledger.command.subject;

import static jp.mnledger.command.subject.DeterministicSealer.sealed;
import static jp.mnledger.command.subject.DeterministicSealer.sealedDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageContent;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.inbox.IdDocumentImagePurgeReason;
import jp.mnledger.kernel.inbox.IdDocumentImageReceivedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageViewedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImagesPurgedEvent;
import jp.mnledger.kernel.inbox.PurgeIdDocumentImagesCommand;
import jp.mnledger.kernel.inbox.ReceiveIdDocumentImageCommand;
import jp.mnledger.kernel.inbox.ViewIdDocumentImageCommand;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.CorrectionReason;
import jp.mnledger.kernel.subject.IdentityCheckDocument;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.MyNumberVerificationRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.NumberCheckDocument;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import jp.mnledger.kernel.subject.VerifyMyNumberCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receive-only inbox on the subject's stream: receive, view only while pending, purge on verification or expiry. */
class SubjectIdDocumentInboxTest {

    private static final String COMPANY = "7d1f4a52-0c7e-4f3e-9d55-5e1b8c9f0a01";
    private static final String SUBJECT = "0b6a2f4e-9f21-4d3a-8e7c-1c2d3e4f5a03";
    private static final String IMAGE = "3f0e9a1c-5b2d-4c6e-8f7a-9b0c1d2e3f41";
    private static final String IMAGE_2 = "3f0e9a1c-5b2d-4c6e-8f7a-9b0c1d2e3f42";
    private static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "IHDR inbox-marker".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] JPEG = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            "JFIF".getBytes(StandardCharsets.US_ASCII));

    private FixtureConfiguration<Subject> fixture;
    private InMemoryInbox inbox;

    @BeforeEach
    void setUp() {
        fixture = fixture(new DeterministicSealer());
    }

    private FixtureConfiguration<Subject> fixture(DeterministicSealer sealer) {
        FixtureConfiguration<Subject> configured = new AggregateTestFixture<>(Subject.class);
        inbox = new InMemoryInbox();
        configured.registerInjectableResource(new InMemoryDirectory().company(COMPANY));
        configured.registerInjectableResource(sealer);
        configured.registerInjectableResource(inbox);
        return configured;
    }

    private static SubjectRegisteredEvent registered() {
        return new SubjectRegisteredEvent(SUBJECT, COMPANY, SubjectKind.EMPLOYEE,
                sealed(COMPANY, SUBJECT, PersonalField.DISPLAY_NAME, "山田 太郎"), null, null, null, null);
    }

    private static MyNumberAcquiredEvent acquired() {
        return new MyNumberAcquiredEvent(SUBJECT, COMPANY, sealed(COMPANY, SUBJECT, PersonalField.MY_NUMBER, "123456789018"),
                AcquisitionChannel.SELF_SERVICE, List.of(Purpose.WITHHOLDING_TAX));
    }

    private static MyNumberVerifiedEvent verified() {
        return new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.MY_NUMBER_CARD,
                IdentityCheckDocument.IMAGE_OF_PHOTO_ID, null, null);
    }

    private static VerifyMyNumberCommand verify(NumberCheckDocument numberCheck) {
        return new VerifyMyNumberCommand(SUBJECT, COMPANY, numberCheck, false, IdentityCheckDocument.IMAGE_OF_PHOTO_ID,
                null, null, false);
    }

    /** The event of receiving this PNG as this image, exactly as the handler computes it. */
    private static IdDocumentImageReceivedEvent received(String imageId) {
        byte[] ciphertext = sealedDocument(COMPANY, SUBJECT, PersonalField.ID_DOCUMENT_IMAGE, imageId, PNG).ciphertext();
        return new IdDocumentImageReceivedEvent(SUBJECT, COMPANY, imageId, IdDocumentImageKind.IDENTITY_CHECK,
                IdDocumentContentType.PNG, PNG.length, sha256(ciphertext));
    }

    private static ReceiveIdDocumentImageCommand receive(String imageId, IdDocumentContentType type, byte[] content) {
        return new ReceiveIdDocumentImageCommand(SUBJECT, COMPANY, imageId, IdDocumentImageKind.IDENTITY_CHECK, type, content);
    }

    private void inboxHolds(String imageId) {
        inbox.holding(SUBJECT, imageId, sealedDocument(COMPANY, SUBJECT, PersonalField.ID_DOCUMENT_IMAGE, imageId, PNG));
    }

    @Test
    void anImageIsSealedStoredAndRecordedByItsCiphertextHashOnly() {
        fixture.given(registered(), acquired())
                .when(receive(IMAGE, IdDocumentContentType.PNG, PNG))
                .expectEvents(received(IMAGE));
        assertThat(inbox.holds(IMAGE)).isTrue();
        assertThat(received(IMAGE).ciphertextSha256()).isNotEqualTo(sha256(PNG)).hasSize(64);
    }

    @Test
    void imagesMayArriveBeforeTheNumber() {
        fixture.given(registered())
                .when(receive(IMAGE, IdDocumentContentType.PNG, PNG))
                .expectEvents(received(IMAGE));
    }

    @Test
    void nothingIsReceivedOnceTheNumberIsVerified() {
        fixture.given(registered(), acquired(), verified())
                .when(receive(IMAGE, IdDocumentContentType.PNG, PNG))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.ID_IMAGE_NOT_ACCEPTED.name());
        assertThat(inbox.holds(IMAGE)).isFalse();
    }

    @Test
    void aReissuedNumberOpensTheInboxAgain() {
        fixture.given(registered(), acquired(), verified(), new MyNumberCorrectedEvent(SUBJECT, COMPANY,
                        sealed(COMPANY, SUBJECT, PersonalField.MY_NUMBER, "111111111118"), CorrectionReason.REISSUED))
                .when(receive(IMAGE, IdDocumentContentType.PNG, PNG))
                .expectEvents(received(IMAGE));
    }

    @Test
    void aDisposedSubjectReceivesNothing() {
        fixture(new DeterministicSealer(SUBJECT)).given(registered(), acquired())
                .when(receive(IMAGE, IdDocumentContentType.PNG, PNG))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.SUBJECT_KEY_DESTROYED.name());
        assertThat(inbox.holds(IMAGE)).isFalse();
    }

    @Test
    void bytesThatAreNotTheDeclaredFormatAreRefused() {
        fixture.given(registered(), acquired())
                .when(receive(IMAGE, IdDocumentContentType.PNG, JPEG))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.ID_IMAGE_TYPE_NOT_SUPPORTED.name());
    }

    @Test
    void anEmptyImageIsRefused() {
        fixture.given(registered(), acquired())
                .when(receive(IMAGE, IdDocumentContentType.PNG, new byte[0]))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.ID_IMAGE_EMPTY.name());
    }

    @Test
    void anImageOverTheLimitIsRefused() {
        fixture.given(registered(), acquired())
                .when(receive(IMAGE, IdDocumentContentType.PNG, concat(PNG, new byte[(int) InMemoryInbox.MAX_IMAGE_BYTES])))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.ID_IMAGE_TOO_LARGE.name());
    }

    @Test
    void aHandlerViewsAPendingImageAndTheViewIsRecorded() {
        inboxHolds(IMAGE);
        fixture.given(registered(), acquired(), received(IMAGE))
                .when(new ViewIdDocumentImageCommand(SUBJECT, COMPANY, IMAGE))
                .expectEvents(new IdDocumentImageViewedEvent(SUBJECT, COMPANY, IMAGE))
                .expectResultMessagePayload(new IdDocumentImageContent(IMAGE, IdDocumentContentType.PNG, PNG));
    }

    @Test
    void nothingIsViewedBeforeTheNumberIsAcquired() {
        inboxHolds(IMAGE);
        fixture.given(registered(), received(IMAGE))
                .when(new ViewIdDocumentImageCommand(SUBJECT, COMPANY, IMAGE))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.ID_IMAGE_NOT_VIEWABLE.name());
    }

    @Test
    void aPurgedImageIsGone() {
        fixture.given(registered(), acquired(), received(IMAGE),
                        new IdDocumentImagesPurgedEvent(SUBJECT, COMPANY, List.of(IMAGE), IdDocumentImagePurgeReason.EXPIRED))
                .when(new ViewIdDocumentImageCommand(SUBJECT, COMPANY, IMAGE))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.ID_IMAGE_PURGED.name());
    }

    @Test
    void anImageOfNoSuchIdIsNotFound() {
        fixture.given(registered(), acquired(), received(IMAGE))
                .when(new ViewIdDocumentImageCommand(SUBJECT, COMPANY, IMAGE_2))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.ID_IMAGE_NOT_FOUND.name());
    }

    @Test
    void verificationPurgesEveryHeldImageInTheSameCommand() {
        inboxHolds(IMAGE);
        inboxHolds(IMAGE_2);
        fixture.given(registered(), acquired(), received(IMAGE), received(IMAGE_2))
                .when(verify(NumberCheckDocument.MY_NUMBER_CARD))
                .expectEvents(verified(),
                        new IdDocumentImagesPurgedEvent(SUBJECT, COMPANY, List.of(IMAGE, IMAGE_2),
                                IdDocumentImagePurgeReason.VERIFIED));
        assertThat(inbox.holds(IMAGE)).isFalse();
        assertThat(inbox.holds(IMAGE_2)).isFalse();
    }

    @Test
    void aRefusedVerificationKeepsTheImages() {
        inboxHolds(IMAGE);
        fixture.given(registered(), acquired(), received(IMAGE))
                .when(verify(NumberCheckDocument.NUMBER_NOTICE_LETTER))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "NUMBER_NOTICE_LETTER_NOT_ACCEPTED"));
        assertThat(inbox.holds(IMAGE)).isTrue();
    }

    @Test
    void expiredImagesArePurgedAndThoseAlreadyGoneAreSkipped() {
        inboxHolds(IMAGE_2);
        fixture.given(registered(), acquired(), received(IMAGE), received(IMAGE_2),
                        new IdDocumentImagesPurgedEvent(SUBJECT, COMPANY, List.of(IMAGE), IdDocumentImagePurgeReason.EXPIRED))
                .when(new PurgeIdDocumentImagesCommand(SUBJECT, COMPANY, List.of(IMAGE, IMAGE_2),
                        IdDocumentImagePurgeReason.EXPIRED))
                .expectEvents(new IdDocumentImagesPurgedEvent(SUBJECT, COMPANY, List.of(IMAGE_2),
                        IdDocumentImagePurgeReason.EXPIRED))
                .expectResultMessagePayload(1);
        assertThat(inbox.holds(IMAGE_2)).isFalse();
    }

    @Test
    void aPurgeOfNothingHeldRecordsNothing() {
        fixture.given(registered(), acquired())
                .when(new PurgeIdDocumentImagesCommand(SUBJECT, COMPANY, List.of(IMAGE), IdDocumentImagePurgeReason.EXPIRED))
                .expectNoEvents()
                .expectResultMessagePayload(0);
    }

    @Test
    void onlyAVerifiedNumberPurgesForVerification() {
        fixture.given(registered(), acquired(), received(IMAGE))
                .when(new PurgeIdDocumentImagesCommand(SUBJECT, COMPANY, List.of(IMAGE), IdDocumentImagePurgeReason.VERIFIED))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.REQUEST_INVALID.name());
    }

    @Test
    void theCommandNeverPrintsTheImage() {
        assertThat(receive(IMAGE, IdDocumentContentType.PNG, PNG).toString()).doesNotContain("inbox-marker")
                .contains(String.valueOf(PNG.length));
        assertThat(new IdDocumentImageContent(IMAGE, IdDocumentContentType.PNG, PNG).toString()).doesNotContain("inbox-marker");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
