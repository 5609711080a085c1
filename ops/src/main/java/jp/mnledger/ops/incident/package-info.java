/** 漏えい等報告 drafts as a Japanese PDF (ADR 0019). */
package jp.mnledger.ops.incident;
