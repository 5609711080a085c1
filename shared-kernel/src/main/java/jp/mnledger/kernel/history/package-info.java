/**
 * History reconstruction (ADR 0017): the state of a subject, a company or every company a caller may audit
 * "as of" a time, computed from the event stream itself — statuses, purposes, and every recorded step and
 * access with who, role, purpose, when and from where. Never a number, a name or a stated reason.
 */
package jp.mnledger.kernel.history;
