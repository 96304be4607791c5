package io.yuma.chain.metadata;

import io.yuma.chain.hash.Hashes;

/** How a storage map hashes each key, in the metadata's SCALE tag order. */
public enum StorageHasher {
    /** Blake2b-128 of the key; the key cannot be read back. */
    BLAKE2_128(16, false),
    /** Blake2b-256 of the key; the key cannot be read back. */
    BLAKE2_256(32, false),
    /** Blake2b-128 of the key, then the key. */
    BLAKE2_128_CONCAT(16, true),
    /** twox128 of the key; the key cannot be read back. */
    TWOX_128(16, false),
    /** twox256 of the key; the key cannot be read back. */
    TWOX_256(32, false),
    /** twox64 of the key, then the key. */
    TWOX_64_CONCAT(8, true),
    /** The key itself. */
    IDENTITY(0, true);

    private final int hashBytes;
    private final boolean keepsKey;

    StorageHasher(int hashBytes, boolean keepsKey) {
        this.hashBytes = hashBytes;
        this.keepsKey = keepsKey;
    }

    /** {@return how many hash bytes come before the key (or stand for it)} */
    public int hashBytes() {
        return hashBytes;
    }

    /** {@return whether the encoded key follows its hash in the storage key, so it can be read back} */
    public boolean keepsKey() {
        return keepsKey;
    }

    /**
     * {@return what this hasher puts into the storage key for a SCALE-encoded key}
     *
     * @param encodedKey the key, SCALE-encoded
     */
    public byte[] apply(byte[] encodedKey) {
        byte[] hash = switch (this) {
            case BLAKE2_128, BLAKE2_128_CONCAT -> Hashes.blake2b(128, encodedKey);
            case BLAKE2_256 -> Hashes.blake2b(256, encodedKey);
            case TWOX_128 -> Hashes.twox(128, encodedKey);
            case TWOX_256 -> Hashes.twox(256, encodedKey);
            case TWOX_64_CONCAT -> Hashes.twox(64, encodedKey);
            case IDENTITY -> new byte[0];
        };
        if (!keepsKey) {
            return hash;
        }
        byte[] out = new byte[hash.length + encodedKey.length];
        System.arraycopy(hash, 0, out, 0, hash.length);
        System.arraycopy(encodedKey, 0, out, hash.length, encodedKey.length);
        return out;
    }
}
