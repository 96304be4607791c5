package io.yuma.chain.epoch;

import com.fasterxml.jackson.databind.JsonNode;
import io.yuma.chain.rpc.MalformedResponseException;
import io.yuma.chain.rpc.RpcCall;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.Value;
import io.yuma.chain.storage.ChainStorage;
import io.yuma.chain.storage.EntryKey;
import io.yuma.chain.metadata.StorageEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage reads at any blocks and key listings, gathered and then sent as one JSON-RPC batch (one
 * round trip): {@code state_queryStorageAt} per block and {@value ChainStorage#KEYS_PER_QUERY}
 * keys, {@code state_getKeysPaged} per prefix. A listing whose first page is full is continued
 * page by page after the batch. Values decode by the item's type, a missing entry as its default.
 */
final class StateBatch {
    private final SubstrateRpc rpc;
    private final ChainStorage storage;
    private final Map<String, List<Read>> readsByBlock = new LinkedHashMap<>();
    private final List<Listing> listings = new ArrayList<>();

    StateBatch(SubstrateRpc rpc, ChainStorage storage) {
        this.rpc = rpc;
        this.storage = storage;
    }

    /** One entry to read; its value is there after {@link #run}. */
    static final class Read {
        private final EntryKey entry;
        private final String hexKey;
        private Value value;

        private Read(EntryKey entry, String hexKey) {
            this.entry = entry;
            this.hexKey = hexKey;
        }

        Value value() {
            if (value == null) {
                throw new IllegalStateException(entry.entry().qualifiedName() + " read before its batch ran");
            }
            return value;
        }
    }

    /** The keys under one prefix; there after {@link #run}. */
    static final class Listing {
        private final String prefix;
        private final String blockHash;
        private List<String> keys;

        private Listing(String prefix, String blockHash) {
            this.prefix = prefix;
            this.blockHash = blockHash;
        }

        List<String> keys() {
            return keys;
        }
    }

    Read read(String blockHash, StorageEntry entry, Value... key) {
        EntryKey entryKey = new EntryKey(entry, List.of(key));
        Read read = new Read(entryKey, Hex.encode(storage.keys().key(entry, entryKey.key())));
        readsByBlock.computeIfAbsent(blockHash, b -> new ArrayList<>()).add(read);
        return read;
    }

    Listing list(String blockHash, StorageEntry entry, Value... partialKey) {
        Listing listing = new Listing(Hex.encode(storage.keys().key(entry, List.of(partialKey))), blockHash);
        listings.add(listing);
        return listing;
    }

    /** Sends everything gathered in one batch, then clears the batch for the next phase. */
    void run() {
        List<RpcCall> calls = new ArrayList<>();
        List<List<Read>> chunks = new ArrayList<>();
        List<String> chunkBlocks = new ArrayList<>();
        for (Map.Entry<String, List<Read>> block : readsByBlock.entrySet()) {
            List<Read> reads = block.getValue();
            for (int from = 0; from < reads.size(); from += ChainStorage.KEYS_PER_QUERY) {
                List<Read> chunk = reads.subList(from, Math.min(reads.size(), from + ChainStorage.KEYS_PER_QUERY));
                chunks.add(chunk);
                chunkBlocks.add(block.getKey());
                calls.add(SubstrateRpc.queryStorageAtCall(chunk.stream().map(r -> r.hexKey).toList(), block.getKey()));
            }
        }
        for (Listing listing : listings) {
            calls.add(RpcCall.of("state_getKeysPaged", listing.prefix, ChainStorage.KEYS_PER_PAGE, null, listing.blockHash));
        }
        if (calls.isEmpty()) {
            return;
        }
        List<JsonNode> results = rpc.batch(calls);
        for (int c = 0; c < chunks.size(); c++) {
            List<Read> chunk = chunks.get(c);
            Map<String, Optional<byte[]>> raw = rpc.changes(results.get(c), chunk.stream().map(r -> r.hexKey).toList());
            for (Read read : chunk) {
                read.value = storage.decode(read.entry.entry(), read.entry.key(), raw.get(read.hexKey));
            }
        }
        for (int l = 0; l < listings.size(); l++) {
            Listing listing = listings.get(l);
            listing.keys = keys(results.get(chunks.size() + l));
            while (listing.keys.size() % ChainStorage.KEYS_PER_PAGE == 0 && !listing.keys.isEmpty()) {
                List<String> more = rpc.keysPaged(listing.prefix, ChainStorage.KEYS_PER_PAGE, listing.keys.getLast(),
                        listing.blockHash);
                listing.keys.addAll(more);
                if (more.size() < ChainStorage.KEYS_PER_PAGE) {
                    break;
                }
            }
        }
        readsByBlock.clear();
        listings.clear();
    }

    private List<String> keys(JsonNode result) {
        if (!result.isArray()) {
            throw new MalformedResponseException(rpc.url() + ": state_getKeysPaged: expected an array of keys, got "
                    + Hex.abbreviate(result.toString()));
        }
        List<String> keys = new ArrayList<>(result.size());
        for (JsonNode key : result) {
            if (!key.isTextual()) {
                throw new MalformedResponseException(rpc.url() + ": state_getKeysPaged: a key is not a string: "
                        + Hex.abbreviate(key.toString()));
            }
            keys.add(key.asText());
        }
        return keys;
    }
}
