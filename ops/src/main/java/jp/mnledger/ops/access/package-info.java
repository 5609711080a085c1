/**
 * The assembly's part in access control: authenticating HTTP requests by bearer token, recording
 * authorisation decisions out of band, bootstrapping the first administrator and seeding the demo.
 */
package jp.mnledger.ops.access;
