/** The Subject aggregate: a data subject and the lifecycle of its number. Package-private. */
package jp.mnledger.command.subject;
