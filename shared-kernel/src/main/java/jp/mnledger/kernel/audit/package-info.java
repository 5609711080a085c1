/** The audit metadata every event carries. */
package jp.mnledger.kernel.audit;
