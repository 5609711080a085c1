/**
 * The query side: projections (event handlers that build read tables in schema {@code read_model}),
 * query handlers, and the read API over REST and GraphQL. It never changes history: it sends no
 * command and never imports the command side. Read models are masked: they hold no number.
 */
package jp.mnledger.query;
