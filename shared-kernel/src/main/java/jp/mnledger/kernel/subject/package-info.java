/** Messages about data subjects and the lifecycle of their numbers. */
package jp.mnledger.kernel.subject;
