/** The sealed-value type for encrypted personal data, and the names of the sealed fields. */
package jp.mnledger.kernel.seal;
