/**
 * The HTTP contract both sides share: request ids, and the one place where errors become RFC 9457
 * problem+json (REST) or GraphQL errors, each with a stable code and a Japanese or English message.
 */
package jp.mnledger.ops.web;
