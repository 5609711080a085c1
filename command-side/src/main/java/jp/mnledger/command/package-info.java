/**
 * The command side: it decides. Aggregates and their command handlers, the key vault that seals
 * personal data with each subject's own key, the command side's own lookup tables for set-based
 * validation, and the command HTTP API. It never reads the query side's projections and never imports
 * the query side; both meet only through the events in {@link jp.mnledger.kernel}.
 */
package jp.mnledger.command;
