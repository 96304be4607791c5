package io.yuma.chain.metadata;

import io.yuma.chain.hash.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A pallet's storage item: a plain value or a map.
 *
 * @param palletPrefix the pallet's storage prefix (its name, e.g. {@code SubtensorModule})
 * @param name the item's name, e.g. {@code Weights}
 * @param modifier what reading a missing entry gives
 * @param hashers one hasher per key, none for a plain value
 * @param keyTypes one type id per key, none for a plain value
 * @param valueType the value's type id
 * @param defaultValue the SCALE bytes of the declared default
 * @param docs its documentation lines
 */
public record StorageEntry(String palletPrefix, String name, Modifier modifier, List<StorageHasher> hashers,
        List<Integer> keyTypes, int valueType, byte[] defaultValue, List<String> docs) {

    /** What reading a missing entry gives. */
    public enum Modifier {
        /** Nothing ({@code None}). */
        OPTIONAL,
        /** The declared default. */
        DEFAULT
    }

    /** Copies the lists and checks one hasher per key. */
    public StorageEntry {
        hashers = List.copyOf(hashers);
        keyTypes = List.copyOf(keyTypes);
        docs = List.copyOf(docs);
        defaultValue = defaultValue.clone();
        if (hashers.size() != keyTypes.size()) {
            throw new MetadataException("storage " + palletPrefix + "." + name + ": " + hashers.size()
                    + " hashers for " + keyTypes.size() + " key types");
        }
    }

    /** {@return whether it is a map (has keys)} */
    public boolean isMap() {
        return !hashers.isEmpty();
    }

    /** {@return the SCALE bytes of the declared default} */
    @Override
    public byte[] defaultValue() {
        return defaultValue.clone();
    }

    /** {@return whether {@code other} is an entry with the same components, the default compared by content} */
    @Override
    public boolean equals(Object other) {
        return other instanceof StorageEntry that && palletPrefix.equals(that.palletPrefix) && name.equals(that.name)
                && modifier == that.modifier && hashers.equals(that.hashers) && keyTypes.equals(that.keyTypes)
                && valueType == that.valueType && java.util.Arrays.equals(defaultValue, that.defaultValue)
                && docs.equals(that.docs);
    }

    /** {@return a hash of its components, the default by content} */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(palletPrefix, name, modifier, hashers, keyTypes, valueType, docs)
                * 31 + java.util.Arrays.hashCode(defaultValue);
    }

    /** {@return twox128(pallet prefix) ++ twox128(name): the key of a plain value, the prefix of every map key} */
    public byte[] prefix() {
        byte[] pallet = Hashes.twox(128, palletPrefix.getBytes(StandardCharsets.UTF_8));
        byte[] item = Hashes.twox(128, name.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[32];
        System.arraycopy(pallet, 0, out, 0, 16);
        System.arraycopy(item, 0, out, 16, 16);
        return out;
    }

    /** {@return {@code Pallet.Item}, for messages} */
    public String qualifiedName() {
        return palletPrefix + "." + name;
    }
}
