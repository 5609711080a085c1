/**
 * The receive-only inbox for ID-document images: the store of their sealed bytes (schema {@code inbox}),
 * its limits, and the sweep that purges images nobody verified in time. The Subject aggregate decides and
 * records every step; this package only keeps the bytes, in the command's own transaction.
 */
package jp.mnledger.command.inbox;
