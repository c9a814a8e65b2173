package dev.browserharness.ext;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The Java backing of crypto.js: random bytes from the JDK's {@link SecureRandom}, version-4 UUIDs, and the
 * SHA digests of SubtleCrypto.digest through {@link MessageDigest}.
 */
public final class Crypto {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Crypto() {}

    /** {@code n} random bytes in a direct buffer (JS copies them into the caller's view). */
    public static ByteBuffer randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return ByteBuffer.allocateDirect(n).put(b).flip();
    }

    public static String randomUUID() {
        return UUID.randomUUID().toString();
    }

    /** The digest of {@code data} with a JDK algorithm name (SHA-1, SHA-256, SHA-384, SHA-512). */
    public static ByteBuffer digest(String algorithm, ByteBuffer data) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            md.update(data.duplicate().clear());
            byte[] d = md.digest();
            return ByteBuffer.allocateDirect(d.length).put(d).flip();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("the JDK has no " + algorithm, e);
        }
    }
}
