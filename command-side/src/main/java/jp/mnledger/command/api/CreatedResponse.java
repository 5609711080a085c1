package jp.mnledger.command.api;

/** The answer to a POST that created a resource: its id (the Location header has its address). */
public record CreatedResponse(String id) {
}
