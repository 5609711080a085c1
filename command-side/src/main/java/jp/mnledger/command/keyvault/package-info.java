/**
 * The key vault: envelope encryption and crypto-shredding. A master key from a key file wraps one key
 * per tenant, which wraps one data key per data subject; personal fields are sealed with AES-256-GCM
 * under the subject's data key. Other packages use {@link jp.mnledger.command.keyvault.PersonalDataSealer}
 * and {@link jp.mnledger.kernel.seal.SealedValueOpener}; nothing outside this package sees a key.
 */
package jp.mnledger.command.keyvault;
