/**
 * Retention: the policy (document types, their periods and legal bases) and the pure computation of a
 * subject's disposal due date from the facts its events record. JDK only, so the schedule projection,
 * the command side and the tests compute the same dates.
 */
package jp.mnledger.kernel.retention;
