package io.yuma.chain.emulator;

import java.util.Arrays;
import java.util.NavigableSet;
import java.util.TreeSet;

/** Stages item writes by their keys into a {@link WriteSet}, remembering every storage key written. */
final class KeyedWrites {
    private final WriteSet target;
    private final NavigableSet<byte[]> written = new TreeSet<>(Arrays::compareUnsigned);

    KeyedWrites(WriteSet target) {
        this.target = target;
    }

    void put(long block, StorageItem item, byte[] value, byte[]... keyParts) throws LayoutConflict {
        byte[] key = item.key(keyParts);
        target.put(block, item.name(), key, value);
        written.add(key);
    }

    /** {@return the storage keys written so far} */
    NavigableSet<byte[]> written() {
        return written;
    }
}
