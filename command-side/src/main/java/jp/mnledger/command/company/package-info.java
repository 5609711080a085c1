/** The Company aggregate. Package-private; other packages talk to it through commands only. */
package jp.mnledger.command.company;
