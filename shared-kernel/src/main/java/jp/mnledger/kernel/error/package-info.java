/** The public error codes and the exception that carries them; the HTTP layer maps them to RFC 9457. */
package jp.mnledger.kernel.error;
