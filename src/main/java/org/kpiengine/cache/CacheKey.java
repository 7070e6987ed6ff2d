package org.kpiengine.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over the parts a cached value was made from. Each part goes in with its length, so that moving
 * bytes from one part to the next gives another key.
 */
public final class CacheKey {

    private final MessageDigest digest;
    private String hex;

    private CacheKey(String purpose) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        with(purpose);
    }

    /** A key for one kind of entry; the purpose keeps two kinds made from the same parts apart. */
    public static CacheKey of(String purpose) {
        return new CacheKey(purpose);
    }

    public CacheKey with(String part) {
        return with(part.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKey with(byte[] part) {
        if (hex != null) {
            throw new IllegalStateException("the key is complete; it takes no more parts");
        }
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
        digest.update(part);
        return this;
    }

    /** The key as 64 hexadecimal digits; the key takes no parts after this. */
    public String hex() {
        if (hex == null) {
            hex = HexFormat.of().formatHex(digest.digest());
        }
        return hex;
    }
}
