package jp.mnledger.kernel.subject;

/** Why a held number is replaced: the municipality reissued it (番号法7条2項), or it was entered wrongly. */
public enum CorrectionReason {
    REISSUED, ENTERED_WRONGLY
}
