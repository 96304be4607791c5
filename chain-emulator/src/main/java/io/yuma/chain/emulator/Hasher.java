package io.yuma.chain.emulator;

import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * The storage hashers of FRAME, in the order of the metadata's {@code StorageHasher} enum (the
 * ordinal is the variant index). Blake2b from Bouncy Castle, xxHash64 from lz4-java.
 */
enum Hasher {
    BLAKE2_128,
    BLAKE2_256,
    BLAKE2_128_CONCAT,
    TWOX128,
    TWOX256,
    TWOX64_CONCAT,
    IDENTITY;

    private static final XXHash64 XX = XXHashFactory.safeInstance().hash64();

    /** {@return the key part this hasher makes of an encoded key} */
    byte[] hash(byte[] encodedKey) {
        return switch (this) {
            case BLAKE2_128 -> blake2b(encodedKey, 16);
            case BLAKE2_256 -> blake2b(encodedKey, 32);
            case BLAKE2_128_CONCAT -> concat(blake2b(encodedKey, 16), encodedKey);
            case TWOX128 -> twox(encodedKey, 2);
            case TWOX256 -> twox(encodedKey, 4);
            case TWOX64_CONCAT -> concat(twox(encodedKey, 1), encodedKey);
            case IDENTITY -> encodedKey.clone();
        };
    }

    static byte[] blake2b(byte[] data, int outputBytes) {
        Blake2bDigest digest = new Blake2bDigest(outputBytes * 8);
        digest.update(data, 0, data.length);
        byte[] out = new byte[outputBytes];
        digest.doFinal(out, 0);
        return out;
    }

    /** xxHash64 with seeds 0, 1, ... each written little-endian, as substrate's twox_N does. */
    static byte[] twox(byte[] data, int words) {
        byte[] out = new byte[8 * words];
        for (int seed = 0; seed < words; seed++) {
            long h = XX.hash(data, 0, data.length, seed);
            for (int i = 0; i < 8; i++) {
                out[8 * seed + i] = (byte) (h >>> (8 * i));
            }
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
