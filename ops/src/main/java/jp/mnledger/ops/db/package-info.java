/**
 * The database: an embedded PostgreSQL 15 (zonky) in {@code <data-dir>/postgres} when no URL is
 * configured, an external PostgreSQL otherwise — never a silent fallback from one to the other — with a
 * Hikari pool over either.
 */
package jp.mnledger.ops.db;
