/** The legal purposes (個人番号関係事務) a number may be used for. */
package jp.mnledger.kernel.purpose;
