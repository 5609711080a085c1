/**
 * The shared kernel: the language the command side and the query side share.
 *
 * <p>Identifiers, value objects ({@link jp.mnledger.kernel.number.MyNumber} with its check digit),
 * commands, events, queries and their responses as public records, the sealed-value type for
 * encrypted personal data, and the public error codes. Nothing here uses Spring, opens a file or
 * a socket, or reaches into another module; every module may depend on it. Event names and fields
 * are forever: spell them as carefully as a public API.
 */
package jp.mnledger.kernel;
