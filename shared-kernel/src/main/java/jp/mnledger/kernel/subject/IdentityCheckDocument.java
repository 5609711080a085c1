package jp.mnledger.kernel.subject;

/**
 * Documents for 身元確認. KNOWN_IN_PERSON is the employer's exception for someone in an employment
 * relationship recognised in person; BUSINESS_ISSUED_ID and JPKI_SIGNATURE are the online routes;
 * TWO_NON_PHOTO_DOCUMENTS stands for 健康保険証 and 年金手帳 etc. without a photo ID.
 */
public enum IdentityCheckDocument {
    MY_NUMBER_CARD, DRIVERS_LICENSE, DRIVING_HISTORY_CERTIFICATE, PASSPORT, RESIDENCE_CARD,
    SPECIAL_PERMANENT_RESIDENT_CERTIFICATE, DISABILITY_CERTIFICATE, TWO_NON_PHOTO_DOCUMENTS, IMAGE_OF_PHOTO_ID,
    BUSINESS_ISSUED_ID, JPKI_SIGNATURE, KNOWN_IN_PERSON, NUMBER_NOTICE_LETTER
}
