package io.yuma.chain.storage;

import com.fasterxml.jackson.databind.JsonNode;
import io.yuma.chain.ChainException;
import io.yuma.chain.metadata.PalletMetadata;
import io.yuma.chain.metadata.RuntimeMetadata;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.rpc.RpcCall;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.ScaleException;
import io.yuma.chain.scale.Value;
import io.yuma.chain.scale.ValueDecoder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads storage of one runtime through a node: finds items by pallet and name, reads single
 * entries (a missing one gives the item's declared default, or {@code null} for an optional item),
 * reads many entries in one round trip, and iterates a map, or the part of it under the first key
 * parts, in storage-key order with {@code state_getKeysPaged} and batched
 * {@code state_queryStorageAt}, a page at a time. Block hashes are {@code 0x}-hex; {@code null}
 * means the best block. The metadata must be that of the runtime in force at the blocks read
 * ({@link MetadataCache} finds it).
 */
public final class ChainStorage {
    /** Keys listed a page ({@code state_getKeysPaged} returns at most 1,000). */
    public static final int KEYS_PER_PAGE = 1000;
    /** Keys asked a {@code state_queryStorageAt} call; the calls of a page go in one batch. */
    public static final int KEYS_PER_QUERY = 250;

    private final SubstrateRpc rpc;
    private final RuntimeMetadata metadata;
    private final StorageKeys keys;
    private final ValueDecoder decoder;

    /**
     * Storage of the runtime described by {@code metadata}, read through {@code rpc}.
     *
     * @param rpc the node
     * @param metadata the runtime's metadata
     */
    public ChainStorage(SubstrateRpc rpc, RuntimeMetadata metadata) {
        this.rpc = rpc;
        this.metadata = metadata;
        this.keys = new StorageKeys(metadata.types());
        this.decoder = new ValueDecoder(metadata.types());
    }

    /** {@return the runtime's metadata} */
    public RuntimeMetadata metadata() {
        return metadata;
    }

    /** {@return the runtime's storage keys} */
    public StorageKeys keys() {
        return keys;
    }

    /**
     * Finds a storage item.
     *
     * @param pallet the pallet's name, e.g. {@code SubtensorModule}
     * @param item the item's name, e.g. {@code Weights}
     * @return the item
     * @throws ChainException when the runtime has no such pallet or item, suggesting close names
     */
    public StorageEntry entry(String pallet, String item) {
        PalletMetadata found = metadata.pallet(pallet).orElseThrow(() -> new ChainException(
                "no pallet '" + pallet + "' in the runtime's metadata"
                        + Names.suggestion(pallet, metadata.pallets().stream().map(PalletMetadata::name).toList())));
        return found.storageEntry(item).orElseThrow(() -> new ChainException(
                "no storage item '" + item + "' in pallet " + pallet
                        + Names.suggestion(item, found.storage().stream().map(StorageEntry::name).toList())));
    }

    /**
     * Reads one entry ({@code state_getStorage}).
     *
     * @param entry the storage item
     * @param key all its key parts (none for a plain value)
     * @param blockHash the block, or {@code null} for the best block
     * @return the value; the declared default when the entry is missing ({@code null} for an optional item)
     * @throws ChainException when the key does not fit the item, or the stored bytes do not decode
     */
    public Value read(StorageEntry entry, List<Value> key, String blockHash) {
        requireFullKey(entry, key);
        return decode(entry, key, rpc.storage(Hex.encode(keys.key(entry, key)), blockHash));
    }

    /**
     * Reads many entries, of one item or several, in one round trip ({@code state_queryStorageAt}
     * calls in one batch).
     *
     * @param entries the entries, each with all its key parts
     * @param blockHash the block, or {@code null} for the best block
     * @return their values, in order, as {@link #read} gives them
     */
    public List<Value> readMany(List<EntryKey> entries, String blockHash) {
        List<String> hexKeys = new ArrayList<>(entries.size());
        for (EntryKey entry : entries) {
            requireFullKey(entry.entry(), entry.key());
            hexKeys.add(Hex.encode(keys.key(entry.entry(), entry.key())));
        }
        Map<String, Optional<byte[]>> raw = query(hexKeys, blockHash);
        List<Value> values = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            values.add(decode(entries.get(i).entry(), entries.get(i).key(), raw.get(hexKeys.get(i))));
        }
        return values;
    }

    /**
     * Iterates the entries of a map, or those under its first key parts, in storage-key order, a
     * page of {@value #KEYS_PER_PAGE} keys at a time (two round trips a page). A plain value
     * yields its one entry.
     *
     * @param entry the storage item
     * @param partialKey its first key parts (none for the whole map)
     * @param blockHash the block, or {@code null} for the best block
     * @return the entries present, with all their key parts
     */
    public Iterator<KeyedValue> iterate(StorageEntry entry, List<Value> partialKey, String blockHash) {
        if (!entry.isMap() || partialKey.size() == entry.keyTypes().size()) {
            return List.of(new KeyedValue(partialKey, read(entry, partialKey, blockHash))).iterator();
        }
        return new MapPages(entry, Hex.encode(keys.key(entry, partialKey)), blockHash);
    }

    /**
     * Decodes the stored bytes of an entry, or gives its default when it is missing.
     *
     * @param entry the storage item
     * @param key its key parts, for messages
     * @param stored the stored bytes, empty when the entry is missing
     * @return the value; the declared default when missing ({@code null} for an optional item)
     * @throws ChainException when the bytes do not decode as the item's value, bytes left over included
     */
    public Value decode(StorageEntry entry, List<Value> key, Optional<byte[]> stored) {
        if (stored.isEmpty() && entry.modifier() == StorageEntry.Modifier.OPTIONAL) {
            return new Value.None();
        }
        byte[] bytes = stored.orElseGet(entry::defaultValue);
        try {
            return decoder.decode(entry.valueType(), bytes);
        } catch (ScaleException e) {
            throw new ChainException((stored.isEmpty() ? "the declared default of " : "the value of ")
                    + entry.qualifiedName() + key.stream().map(Value::toJson).toList() + " does not decode: "
                    + e.getMessage(), e);
        }
    }

    private void requireFullKey(StorageEntry entry, List<Value> key) {
        if (key.size() != entry.keyTypes().size()) {
            throw new ChainException(entry.qualifiedName() + " has " + keys.keyCount(entry) + ", not " + key.size());
        }
    }

    private Map<String, Optional<byte[]>> query(List<String> hexKeys, String blockHash) {
        List<RpcCall> calls = new ArrayList<>();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < hexKeys.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = hexKeys.subList(from, Math.min(hexKeys.size(), from + KEYS_PER_QUERY));
            chunks.add(chunk);
            calls.add(SubstrateRpc.queryStorageAtCall(chunk, blockHash));
        }
        List<JsonNode> results = rpc.batch(calls);
        Map<String, Optional<byte[]>> values = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            values.putAll(rpc.changes(results.get(i), chunks.get(i)));
        }
        return values;
    }

    /** A map's entries, a page of keys and their values at a time. */
    private final class MapPages implements Iterator<KeyedValue> {
        private final StorageEntry entry;
        private final String prefix;
        private final String blockHash;
        private final Deque<KeyedValue> page = new ArrayDeque<>();
        private String lastKey;
        private boolean listed;

        MapPages(StorageEntry entry, String prefix, String blockHash) {
            this.entry = entry;
            this.prefix = prefix;
            this.blockHash = blockHash;
        }

        @Override
        public boolean hasNext() {
            while (page.isEmpty() && !listed) {
                nextPage();
            }
            return !page.isEmpty();
        }

        @Override
        public KeyedValue next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.removeFirst();
        }

        private void nextPage() {
            List<String> pageKeys = rpc.keysPaged(prefix, KEYS_PER_PAGE, lastKey, blockHash);
            listed = pageKeys.size() < KEYS_PER_PAGE;
            if (pageKeys.isEmpty()) {
                return;
            }
            lastKey = pageKeys.getLast();
            Map<String, Optional<byte[]>> values = query(pageKeys, blockHash);
            for (String key : pageKeys) {
                Optional<byte[]> stored = values.get(key);
                if (stored.isPresent()) {
                    List<Value> parts = keys.parts(entry, Hex.decode(key));
                    page.add(new KeyedValue(parts, decode(entry, parts, stored)));
                }
            }
        }
    }
}
