/** Axon's wiring: the JDBC stores in schema {@code axon}, audit metadata propagation, no update checker. */
package jp.mnledger.ops.axon;
