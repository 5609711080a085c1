package jp.mnledger.kernel.subject;

/**
 * Documents for 番号確認 (番号法施行規則; NTA 本人確認書類). 個人番号通知書 is listed so that it can be
 * refused by name: it is accepted for neither check. 通知カード counts only while its name and address
 * still match the 住民票.
 */
public enum NumberCheckDocument {
    MY_NUMBER_CARD, NOTIFICATION_CARD, RESIDENT_RECORD_COPY, RESIDENT_RECORD_CERTIFICATE, EXISTING_FILE,
    IMAGE_OF_CARD_OR_RECORD, NUMBER_NOTICE_LETTER
}
