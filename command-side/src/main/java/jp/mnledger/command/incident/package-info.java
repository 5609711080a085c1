/**
 * 漏えい等報告 drafts (ADR 0019): the affected people computed from the event store, the decision and deadlines,
 * the draft recorded as an event of its own aggregate with the typed notes sealed under the report's own key.
 */
package jp.mnledger.command.incident;
