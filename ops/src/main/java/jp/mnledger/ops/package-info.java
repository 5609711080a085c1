/**
 * The runnable assembly: one process with both sides, its configuration, the database (embedded
 * PostgreSQL by default, an external one when configured), Axon's wiring, the HTTP error contract,
 * and later the command-line tools and benchmarks. Nothing else may depend on this module.
 */
package jp.mnledger.ops;
