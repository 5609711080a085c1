/** The retention sweep (restart-safe, scheduled and on demand) and the 削除証明書 download. */
package jp.mnledger.ops.retention;
