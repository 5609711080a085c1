/**
 * Access on the query side: its own copy of who holds which grants (built from the same events as the
 * command side's), the query authorisation interceptor, and the registers a responsible manager and an
 * auditor read — handlers with their training, pledge and appointment, and the access log.
 */
package jp.mnledger.query.access;
