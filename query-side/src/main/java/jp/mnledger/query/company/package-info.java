/** The company list projection and its read API. */
package jp.mnledger.query.company;
