/**
 * Access control as a pure function both sides share: who may do what to which company's or
 * subject's data ({@link jp.mnledger.kernel.access.AccessPolicy}), the roles and grants it decides
 * on, the permission each message requires, and the events that record decisions. No I/O: each side
 * loads a principal's grants from its own tables and asks the policy.
 */
package jp.mnledger.kernel.access;
