/** The masked subject list projection and its read API (REST and GraphQL). */
package jp.mnledger.query.subject;
