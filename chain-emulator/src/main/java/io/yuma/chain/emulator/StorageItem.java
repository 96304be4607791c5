package io.yuma.chain.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One storage item as the runtime declares it: pallet and name, the hasher and registry type of
 * each key, the value's registry type, and the encoded default (for an optional item, the
 * encoded {@code None}).
 *
 * @param pallet the pallet's name, hashed into the key prefix
 * @param name the item's name, hashed into the key prefix
 * @param optional true for {@code OptionQuery} (metadata modifier Optional), false for {@code ValueQuery}
 * @param hashers one hasher per key, none for a plain value
 * @param keyTypes the registry type of each key
 * @param valueType the registry type of the stored value
 * @param defaultValue the SCALE bytes the metadata gives as default
 */
record StorageItem(String pallet, String name, boolean optional, List<Hasher> hashers, List<Integer> keyTypes,
        int valueType, byte[] defaultValue) {

    StorageItem {
        hashers = List.copyOf(hashers);
        keyTypes = List.copyOf(keyTypes);
        if (hashers.size() != keyTypes.size()) {
            throw new IllegalArgumentException(name + ": " + hashers.size() + " hashers for " + keyTypes.size() + " keys");
        }
    }

    /** {@return twox128(pallet) ++ twox128(name), the prefix of every key of this item} */
    byte[] prefix() {
        return Hasher.concat(Hasher.twox(pallet.getBytes(StandardCharsets.UTF_8), 2),
                Hasher.twox(name.getBytes(StandardCharsets.UTF_8), 2));
    }

    /** {@return the full storage key of the entry whose keys encode as given, one per hasher} */
    byte[] key(byte[]... encodedKeys) {
        if (encodedKeys.length != hashers.size()) {
            throw new IllegalArgumentException(name + " takes " + hashers.size() + " keys, got " + encodedKeys.length);
        }
        byte[] key = prefix();
        for (int i = 0; i < encodedKeys.length; i++) {
            key = Hasher.concat(key, hashers.get(i).hash(encodedKeys[i]));
        }
        return key;
    }
}
