/**
 * 漏えい等報告 (番号法第29条の4, PPC規則 平成27年規則第5号): the draft of a breach report computed from the ledger
 * (who was affected), the facts only a person knows, the reportability decision and the deadlines (ADR 0019).
 */
package jp.mnledger.kernel.incident;
