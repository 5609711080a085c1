/**
 * The command HTTP API (API.md): thin controllers that validate the request's shape, build a command with
 * its audit metadata, and send it through the command gateway. Errors surface as
 * {@link jp.mnledger.kernel.error.DomainException}s, mapped once to problem+json by the server.
 */
package jp.mnledger.command.api;
