package jp.mnledger.kernel.planted;

/** A planted violation for the architecture tests: an event without @Revision. */
public record UnrevisedEvent(String id) {
}
