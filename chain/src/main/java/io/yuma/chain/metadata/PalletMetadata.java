package io.yuma.chain.metadata;

import java.util.List;
import java.util.Optional;

/**
 * A pallet as the metadata describes it (the parts this library reads).
 *
 * @param name its name
 * @param index its index in the runtime
 * @param storage its storage items, in the metadata's order (none when it has no storage)
 */
public record PalletMetadata(String name, int index, List<StorageEntry> storage) {
    /** Copies the list. */
    public PalletMetadata {
        storage = List.copyOf(storage);
    }

    /**
     * {@return the storage item named {@code item}, if it has one}
     *
     * @param item the item's name, exactly
     */
    public Optional<StorageEntry> storageEntry(String item) {
        return storage.stream().filter(entry -> entry.name().equals(item)).findFirst();
    }
}
