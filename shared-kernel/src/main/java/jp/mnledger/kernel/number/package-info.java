/** My Number and corporate number value objects: input normalisation and check digits. */
package jp.mnledger.kernel.number;
