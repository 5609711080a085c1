/**
 * The handler's view of a subject's ID-document inbox: which images arrived, of what kind, format and size,
 * and when each was purged and why. Metadata only; the images stay on the command side.
 */
package jp.mnledger.query.inbox;
