package io.yuma.chain.storage;

import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.scale.Value;
import java.util.List;

/**
 * One entry to read: a storage item and all its key parts.
 *
 * @param entry the storage item
 * @param key its key parts (none for a plain value)
 */
public record EntryKey(StorageEntry entry, List<Value> key) {
    /** Copies the key parts. */
    public EntryKey {
        key = List.copyOf(key);
    }
}
