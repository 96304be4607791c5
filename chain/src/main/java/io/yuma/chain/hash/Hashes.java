package io.yuma.chain.hash;

import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/** Blake2b and substrate's "twox" (xxHash64 with seeds 0, 1, ... concatenated little-endian). */
public final class Hashes {
    /** The pure-Java xxHash64: no native library, no Unsafe. */
    private static final XXHash64 XXHASH64 = XXHashFactory.safeInstance().hash64();

    private Hashes() {
    }

    /**
     * Blake2b with a digest of {@code bits} bits and no key.
     *
     * @param bits 128, 256 or 512
     * @param data the input
     * @return the digest
     */
    public static byte[] blake2b(int bits, byte[] data) {
        Blake2bDigest digest = new Blake2bDigest(bits);
        digest.update(data, 0, data.length);
        byte[] out = new byte[bits / 8];
        digest.doFinal(out, 0);
        return out;
    }

    /**
     * Substrate's twox hash of {@code bits} bits: xxHash64 of the input with seed 0, 1, ... for each
     * 64 bits of output, each written little-endian.
     *
     * @param bits 64, 128 or 256
     * @param data the input
     * @return the hash
     */
    public static byte[] twox(int bits, byte[] data) {
        byte[] out = new byte[bits / 8];
        for (int seed = 0; seed < bits / 64; seed++) {
            long hash = XXHASH64.hash(data, 0, data.length, seed);
            for (int i = 0; i < 8; i++) {
                out[8 * seed + i] = (byte) (hash >>> (8 * i));
            }
        }
        return out;
    }
}
