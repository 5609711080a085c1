package jp.mnledger.command.keyvault;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESWrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES key wrap (RFC 3394) through Bouncy Castle: the master key wraps tenant keys, tenant keys wrap data
 * keys. Key wrap is deterministic and carries its own integrity check, so a wrong or altered wrapping key
 * is detected on unwrap.
 */
final class KeyWrap {

    private KeyWrap() {
    }

    static byte[] wrap(byte[] wrappingKey, byte[] keyToWrap) {
        AESWrapEngine engine = new AESWrapEngine();
        engine.init(true, new KeyParameter(wrappingKey));
        return engine.wrap(keyToWrap, 0, keyToWrap.length);
    }

    static SecretKey unwrap(byte[] wrappingKey, byte[] wrapped) {
        AESWrapEngine engine = new AESWrapEngine();
        engine.init(false, new KeyParameter(wrappingKey));
        try {
            return new SecretKeySpec(engine.unwrap(wrapped, 0, wrapped.length), "AES");
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("a wrapped key failed its integrity check (wrong wrapping key?)");
        }
    }
}
