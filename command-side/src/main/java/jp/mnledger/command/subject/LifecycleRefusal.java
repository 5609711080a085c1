package jp.mnledger.command.subject;

import jp.mnledger.kernel.error.ErrorCode;

/**
 * The result of a lifecycle command the rules refused: the refusal is already recorded as an event (which
 * commits), and the caller answers with this code.
 */
public record LifecycleRefusal(ErrorCode code) {
}
