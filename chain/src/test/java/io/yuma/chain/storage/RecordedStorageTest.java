package io.yuma.chain.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.chain.ChainException;
import io.yuma.chain.hash.Ss58;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.rpc.RpcOptions;
import io.yuma.chain.rpc.RpcStats;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.Value;
import io.yuma.chain.scale.ValueDecoder;
import io.yuma.chain.testing.RecordedNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every storage entry recorded from a real Bittensor node, read back through the stand-in node. */
class RecordedStorageTest {
    private static final String AT = RecordedNode.BLOCK_HASH;

    private static RecordedNode node;
    private static SubstrateRpc rpc;
    private static ChainStorage storage;

    @BeforeAll
    static void start() {
        node = RecordedNode.start();
        rpc = SubstrateRpc.connect(node.url(), RpcOptions.defaults());
        storage = new MetadataCache(rpc).storageAt(AT);
    }

    @AfterAll
    static void stop() {
        if (rpc != null) {
            rpc.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void everyRecordedEntryIsAnItemOfTheMetadataAndDecodesExactly() {
        Map<String, StorageEntry> byPrefix = storage.metadata().storageByPrefix();
        ValueDecoder decoder = new ValueDecoder(storage.metadata().types());
        List<EntryKey> entries = new ArrayList<>();
        List<String> rawValues = new ArrayList<>();
        TreeSet<String> items = new TreeSet<>();
        for (Map.Entry<String, String> recorded : node.storage().entrySet()) {
            StorageEntry entry = byPrefix.get(recorded.getKey().substring(0, 66));
            assertNotNull(entry, "no storage item of the metadata has the prefix of " + recorded.getKey());
            byte[] key = Hex.decode(recorded.getKey());
            List<Value> parts = storage.keys().parts(entry, key);
            if (entry.hashers().stream().allMatch(hasher -> hasher.keepsKey())) {
                assertArrayEquals(key, storage.keys().key(entry, parts), "key parts " + parts + " re-encode");
            }
            entries.add(new EntryKey(entry, parts));
            rawValues.add(recorded.getValue());
            items.add(entry.qualifiedName());
        }
        RpcStats before = rpc.stats();
        List<Value> values = storage.readMany(entries, AT);
        assertEquals(1, rpc.stats().roundTrips() - before.roundTrips(), "all entries in one batched round trip");
        for (int i = 0; i < values.size(); i++) {
            // decode() fails on bytes left over: each value is read exactly.
            assertEquals(decoder.decode(entries.get(i).entry().valueType(), Hex.decode(rawValues.get(i))), values.get(i));
        }
        assertTrue(items.containsAll(List.of("SubtensorModule.Weights", "SubtensorModule.Bonds", "SubtensorModule.LastUpdate",
                "SubtensorModule.Uids", "SubtensorModule.NetworksAdded", "SubtensorModule.Tempo", "System.Account")), items.toString());
    }

    @Test
    void weightsAndBondsOfNetuid23AreRowsOfU16Pairs() {
        for (String item : List.of("Weights", "Bonds")) {
            List<KeyedValue> rows = collect(storage.iterate(storage.entry("SubtensorModule", item), List.of(integer(23)), AT));
            assertFalse(rows.isEmpty(), item);
            long previousUid = -1;
            for (KeyedValue row : rows) {
                assertEquals(23, row.key().get(0).asLong());
                long uid = row.key().get(1).asLong();
                assertTrue(uid > previousUid, item + " rows come in storage-key order");
                previousUid = uid;
                for (Value pair : row.value().asList()) {
                    assertEquals(2, pair.asList().size());
                    for (Value part : pair.asList()) {
                        assertTrue(part.asLong() >= 0 && part.asLong() <= 0xFFFF, item + " " + pair.toJson());
                    }
                }
            }
        }
        Value weightsOf10 = storage.read(storage.entry("SubtensorModule", "Weights"), List.of(integer(23), integer(10)), AT);
        assertEquals("[[10,65535]]", weightsOf10.toJson());
    }

    @Test
    void lastUpdateOfNetuid1Holds1024Blocks() {
        Value lastUpdate = storage.read(storage.entry("SubtensorModule", "LastUpdate"), List.of(integer(1)), AT);
        assertEquals(1024, lastUpdate.asList().size());
        assertEquals(2543521, lastUpdate.asList().getFirst().asLong());
    }

    @Test
    void networksAddedIteratesItsHundredEntriesInTwoRoundTrips() {
        RpcStats before = rpc.stats();
        List<KeyedValue> networks = collect(storage.iterate(storage.entry("SubtensorModule", "NetworksAdded"), List.of(), AT));
        assertEquals(2, rpc.stats().roundTrips() - before.roundTrips(), "one key page, one batch of values");
        assertEquals(100, networks.size());
        for (KeyedValue network : networks) {
            assertEquals(1, network.key().size());
            assertInstanceOf(Value.Bool.class, network.value());
        }
        assertEquals("{\"key\":[0],\"value\":true}", networks.getFirst().toJsonLine());
    }

    @Test
    void uidsKeysAreANetuidAndAHotkeyThatReEncodeToTheStorageKey() {
        StorageEntry uids = storage.entry("SubtensorModule", "Uids");
        int found = 0;
        for (String key : node.storage().keySet()) {
            if (key.startsWith(Hex.encode(uids.prefix()))) {
                List<Value> parts = storage.keys().parts(uids, Hex.decode(key));
                String hotkey = ((Value.Account) parts.get(1)).ss58();
                Value reparsed = new KeyParser(storage.metadata().types()).parse(uids.keyTypes().get(1), hotkey);
                assertEquals(key, Hex.encode(storage.keys().key(uids, List.of(parts.get(0), reparsed))));
                assertArrayEquals(Ss58.decode(hotkey, 42), parts.get(1).asBytes());
                found++;
            }
        }
        assertEquals(2, found);
        Value uid = storage.read(uids, List.of(integer(14), new Value.Account(
                Ss58.decode("5Cf4LPRv6tiyuFsfLRQaFYEEn3zJRGi4bAE9DwbbKmbCSHpV", 42))), AT);
        assertEquals(29, uid.asLong());
    }

    @Test
    void aMissingEntryIsItsDeclaredDefaultOrNullWhenOptional() {
        ValueDecoder decoder = new ValueDecoder(storage.metadata().types());
        StorageEntry tempo = storage.entry("SubtensorModule", "Tempo");
        Value missingTempo = storage.read(tempo, List.of(integer(9999)), AT);
        assertEquals(decoder.decode(tempo.valueType(), tempo.defaultValue()), missingTempo);
        assertTrue(missingTempo.asLong() > 0, "Tempo's default is a positive number of blocks");
        StorageEntry uids = storage.entry("SubtensorModule", "Uids");
        assertEquals(StorageEntry.Modifier.OPTIONAL, uids.modifier());
        assertTrue(storage.read(uids, List.of(integer(9999), new Value.Account(new byte[32])), AT).isNull());
        assertTrue(storage.decode(uids, List.of(), Optional.empty()).isNull());
    }

    @Test
    void namesAndKeysThatDoNotFitAreOneClearError() {
        ChainException pallet = assertThrows(ChainException.class, () -> storage.entry("SubtensorModul", "Tempo"));
        assertTrue(pallet.getMessage().contains("did you mean SubtensorModule"), pallet.getMessage());
        ChainException item = assertThrows(ChainException.class, () -> storage.entry("SubtensorModule", "tempo"));
        assertTrue(item.getMessage().contains("Tempo"), item.getMessage());
        StorageEntry tempo = storage.entry("SubtensorModule", "Tempo");
        ChainException range = assertThrows(ChainException.class, () -> storage.read(tempo, List.of(integer(70000)), AT));
        assertTrue(range.getMessage().contains("SubtensorModule.Tempo key 1") && range.getMessage().contains("65535"),
                range.getMessage());
        ChainException count = assertThrows(ChainException.class, () -> storage.read(tempo, List.of(), AT));
        assertTrue(count.getMessage().contains("has 1 key"), count.getMessage());
    }

    private static Value integer(long value) {
        return new Value.Int(BigInteger.valueOf(value));
    }

    private static List<KeyedValue> collect(Iterator<KeyedValue> entries) {
        List<KeyedValue> out = new ArrayList<>();
        entries.forEachRemaining(out::add);
        return out;
    }
}
