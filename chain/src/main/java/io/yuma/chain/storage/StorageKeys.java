package io.yuma.chain.storage;

import io.yuma.chain.ChainException;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.metadata.StorageHasher;
import io.yuma.chain.metadata.TypeRegistry;
import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.ScaleException;
import io.yuma.chain.scale.ScaleReader;
import io.yuma.chain.scale.Value;
import io.yuma.chain.scale.ValueDecoder;
import io.yuma.chain.scale.ValueEncoder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Storage keys of one runtime: {@code twox128(pallet) ++ twox128(item)}, then each key part
 * SCALE-encoded by its type and hashed by its declared hasher; and back, from a full key to its
 * parts where the hashers keep them.
 */
public final class StorageKeys {
    private static final int PREFIX_BYTES = 32;

    private final TypeRegistry types;
    private final ValueEncoder encoder;
    private final ValueDecoder decoder;

    /**
     * Keys for the storage items of the runtime whose types are {@code types}.
     *
     * @param types the runtime's type registry
     */
    public StorageKeys(TypeRegistry types) {
        this.types = types;
        this.encoder = new ValueEncoder(types);
        this.decoder = new ValueDecoder(types);
    }

    /**
     * Builds the key of an entry, or the prefix shared by the entries whose first key parts are
     * {@code parts}.
     *
     * @param entry the storage item
     * @param parts its first key parts (all of them for one entry, none for a plain value or a whole map)
     * @return the storage key or key prefix
     * @throws ChainException when there are more parts than keys, or a part does not fit its type
     */
    public byte[] key(StorageEntry entry, List<Value> parts) {
        if (parts.size() > entry.keyTypes().size()) {
            throw new ChainException(entry.qualifiedName() + " has " + keyCount(entry) + ", not " + parts.size());
        }
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        key.writeBytes(entry.prefix());
        for (int i = 0; i < parts.size(); i++) {
            int type = entry.keyTypes().get(i);
            byte[] encoded;
            try {
                encoded = encoder.encode(type, parts.get(i));
            } catch (ScaleException e) {
                throw new ChainException(entry.qualifiedName() + " key " + (i + 1) + " (" + types.describe(type) + "): "
                        + e.getMessage(), e);
            }
            key.writeBytes(entry.hashers().get(i).apply(encoded));
        }
        return key.toByteArray();
    }

    /**
     * Reads the key parts back from a full storage key of {@code entry}. A part hashed by a hasher
     * that does not keep the key (Blake2_128, Blake2_256, Twox128, Twox256) comes back as the bytes
     * of its hash.
     *
     * @param entry the storage item
     * @param key a full storage key of it
     * @return its key parts, in order
     * @throws ChainException when the key is not one of {@code entry}'s
     */
    public List<Value> parts(StorageEntry entry, byte[] key) {
        if (key.length < PREFIX_BYTES || !Arrays.equals(key, 0, PREFIX_BYTES, entry.prefix(), 0, PREFIX_BYTES)) {
            throw new ChainException("storage key " + Hex.abbreviate(Hex.encode(key)) + " is not a key of "
                    + entry.qualifiedName());
        }
        ScaleReader in = new ScaleReader(key, PREFIX_BYTES);
        List<Value> parts = new ArrayList<>(entry.hashers().size());
        try {
            for (int i = 0; i < entry.hashers().size(); i++) {
                StorageHasher hasher = entry.hashers().get(i);
                byte[] hash = in.bytes(hasher.hashBytes());
                parts.add(hasher.keepsKey() ? decoder.read(entry.keyTypes().get(i), in) : new Value.Bytes(hash));
            }
            in.expectEnd("the key parts");
        } catch (ScaleException e) {
            throw new ChainException("storage key " + Hex.abbreviate(Hex.encode(key)) + " of " + entry.qualifiedName()
                    + " (" + keyCount(entry) + ") does not decode: " + e.getMessage(), e);
        }
        return parts;
    }

    /**
     * {@return how many keys {@code entry} has and their types, e.g. {@code 2 keys (NetUid, AccountId32)}}
     *
     * @param entry the storage item
     */
    public String keyCount(StorageEntry entry) {
        int count = entry.keyTypes().size();
        if (count == 0) {
            return "no keys (a plain value)";
        }
        return count + (count == 1 ? " key (" : " keys (")
                + String.join(", ", entry.keyTypes().stream().map(types::describe).toList()) + ")";
    }
}
