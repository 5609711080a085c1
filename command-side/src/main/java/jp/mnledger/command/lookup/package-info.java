/**
 * The command side's own lookup tables (schema {@code command_lookup}) for set-based validation: does a
 * company exist, which company and kind does a subject have. Kept by a subscribing event handler in the
 * same transaction as the events, so a command never sees a stale answer. Ids and kinds only.
 */
package jp.mnledger.command.lookup;
