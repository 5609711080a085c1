/** 漏えい等報告 drafts, read back from the event store itself (ADR 0019). */
package jp.mnledger.query.incident;
