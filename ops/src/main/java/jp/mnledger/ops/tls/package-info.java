/**
 * HTTPS for the embedded server. TLS is on by default: with the operator's PKCS#12 keystore when one is
 * configured, otherwise with a self-signed certificate generated on first start in
 * {@code <data-dir>/tls} and reused after. HSTS goes on every secure response. Plain HTTP only when
 * {@code mnledger.tls.enabled=false}, for a server behind a proxy that terminates TLS. Only the
 * assembly's own wiring uses this package.
 */
package jp.mnledger.ops.tls;
