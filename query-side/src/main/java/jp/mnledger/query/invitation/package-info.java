/** The submission history of invitations (ADR 0021) as staff see it: states, times, receipt ids and counts. */
package jp.mnledger.query.invitation;
