/**
 * History reconstruction "as of" a time, computed from the event stream (ADR 0017): {@link
 * jp.mnledger.query.history.HistoryFold} is the one place where events become state; {@code EventStreamReader}
 * feeds it from the event store (upcasters applied), the handlers and controllers answer REST and GraphQL.
 */
package jp.mnledger.query.history;
