package io.yuma.chain.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The emulator answers each JSON-RPC method as a substrate node does, and injects each fault. */
class RpcMethodsTest {
    private static ChainEmulator node;
    private static TestRpc rpc;
    private static Placement single;
    private static long upgradeBlock;

    @BeforeAll
    static void start() throws IOException {
        var vector = VectorReader.read(GoldenVectors.first("random-n16-"));
        long block = vector.epochs().getFirst().input().currentBlock();
        upgradeBlock = block;
        node = ChainEmulator.builder().vector(vector).vectors(List.of(GoldenVectors.first("subnet-m2-n10-")))
                .runtimeUpgrade(block, 426).start();
        rpc = new TestRpc(node.url(), Duration.ofSeconds(20));
        single = node.placements().getFirst();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void blockHashesAndHeadersAgree() throws Exception {
        String hash = rpc.call("chain_getBlockHash", single.block()).asText();
        assertEquals(ChainEmulator.blockHash(single.block()), hash);
        JsonNode header = rpc.call("chain_getHeader", hash);
        assertEquals("0x" + Long.toHexString(single.block()), header.get("number").asText());
        assertEquals(ChainEmulator.blockHash(single.block() - 1), header.get("parentHash").asText());
        assertTrue(rpc.call("chain_getBlockHash", node.head() + 1).isNull(), "no hash beyond the best block");
        assertTrue(rpc.call("chain_getHeader", "0x" + "11".repeat(32)).isNull(), "an unknown hash has no header");
        assertEquals(ChainEmulator.blockHash(node.head()), rpc.call("chain_getBlockHash").asText());
    }

    @Test
    void specVersionChangesAtTheUpgrade() throws Exception {
        assertEquals(425, rpc.call("state_getRuntimeVersion", ChainEmulator.blockHash(upgradeBlock - 1)).get("specVersion").asInt());
        assertEquals(426, rpc.call("state_getRuntimeVersion", ChainEmulator.blockHash(upgradeBlock)).get("specVersion").asInt());
    }

    @Test
    void metadataIsTheCatalogue() throws Exception {
        byte[] served = ServedLayout.hex(rpc.call("state_getMetadata").asText());
        assertArrayEquals(node.metadata(), served);
        assertTrue(MetadataShapes.storage(served, "SubtensorModule").containsKey("Weights"));
    }

    @Test
    void storageHoldsInputsAtTheParentAndNothingBefore() throws Exception {
        String key = ServedLayout.identityU16("SubnetworkN", single.netuid());
        String parent = ChainEmulator.blockHash(single.block() - 1);
        JsonNode n = rpc.call("state_getStorage", key, parent);
        int expected = VectorReader.read(GoldenVectors.first("random-n16-")).epochs().getFirst().input().n();
        byte[] bytes = ServedLayout.hex(n.asText());
        assertEquals(expected, (bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8);
        assertTrue(rpc.call("state_getStorage", key, ChainEmulator.blockHash(single.block() - 2)).isNull(),
                "the subnet appears at its first epoch's parent block");
        String hash = rpc.call("state_getStorageHash", key, parent).asText();
        assertEquals("0x" + HexFormat.of().formatHex(Hasher.blake2b(bytes, 32)), hash);
    }

    @Test
    void keysComePagedInKeyOrder() throws Exception {
        String prefix = ServedLayout.identityU16("Keys", single.netuid());
        String at = ChainEmulator.blockHash(single.block());
        List<String> all = texts(rpc.call("state_getKeysPaged", prefix, 1000, null, at));
        assertTrue(all.size() > 3, "the subnet registers more than three uids");
        List<String> paged = new ArrayList<>();
        String start = prefix;
        while (true) {
            List<String> page = texts(rpc.call("state_getKeysPaged", prefix, 3, start, at));
            if (page.isEmpty()) {
                break;
            }
            paged.addAll(page);
            start = page.getLast();
        }
        assertEquals(all, paged);
        List<String> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> java.util.Arrays.compareUnsigned(ServedLayout.hex(a), ServedLayout.hex(b)));
        assertEquals(sorted, all);
        JsonNode tooMany = rpc.answer("state_getKeysPaged", prefix, 1001, null, at);
        assertEquals(-32602, tooMany.get("error").get("code").asInt());
    }

    @Test
    void queryStorageAtAnswersEveryKeyAtOneBlock() throws Exception {
        String present = ServedLayout.identityU16("SubnetworkN", single.netuid());
        String absent = ServedLayout.identityU16("SubnetworkN", 4000);
        String at = ChainEmulator.blockHash(single.block());
        JsonNode sets = rpc.call("state_queryStorageAt", List.of(present, absent), at);
        assertEquals(1, sets.size());
        assertEquals(at, sets.get(0).get("block").asText());
        JsonNode changes = sets.get(0).get("changes");
        assertEquals(present, changes.get(0).get(0).asText());
        assertEquals(rpc.call("state_getStorage", present, at), changes.get(0).get(1));
        assertTrue(changes.get(1).get(1).isNull());
    }

    @Test
    void batchesAnswerEachCallWithItsId() throws Exception {
        JsonNode answers = TestRpc.parse(rpc.post("[{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"chain_getBlockHash\",\"params\":[0]},"
                + "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"no_such\",\"params\":[]}]").body());
        assertEquals(2, answers.size());
        assertEquals(7, answers.get(0).get("id").asInt());
        assertEquals(ChainEmulator.blockHash(0), answers.get(0).get("result").asText());
        assertEquals("x", answers.get(1).get("id").asText());
        assertEquals(-32601, answers.get(1).get("error").get("code").asInt());
        assertEquals(-32700, TestRpc.parse(rpc.post("{not json").body()).get("error").get("code").asInt());
    }

    @Test
    void faultsHitTheNextRequestsOnly() throws Exception {
        node.faults().http500(2);
        assertEquals(500, rpc.post("{}").statusCode());
        assertEquals(500, rpc.post("{}").statusCode());
        assertEquals(ChainEmulator.blockHash(0), rpc.call("chain_getBlockHash", 0).asText());
        node.faults().malformedJson(1);
        assertThrows(IOException.class, () -> TestRpc.parse(rpc.post("{}").body()));
        node.faults().silence(1);
        TestRpc impatient = new TestRpc(node.url(), Duration.ofMillis(300));
        assertThrows(HttpTimeoutException.class, () -> impatient.call("chain_getBlockHash", 0));
        assertEquals(ChainEmulator.blockHash(0), rpc.call("chain_getBlockHash", 0).asText());
    }

    @Test
    void prunedStateIsDiscarded() throws Exception {
        node.faults().prunedBelow(single.block());
        try {
            String old = ChainEmulator.blockHash(single.block() - 1);
            JsonNode error = rpc.answer("state_getStorage", ServedLayout.identityU16("SubnetworkN", single.netuid()), old).get("error");
            assertEquals(4003, error.get("code").asInt());
            assertTrue(error.get("message").asText().contains("State already discarded for " + old), error.toString());
            assertEquals(old, rpc.call("chain_getBlockHash", single.block() - 1).asText(), "hashes stay available");
        } finally {
            node.faults().prunedBelow(-1);
        }
    }

    @Test
    void netuidsFollowTheOrderGiven() {
        assertEquals(Set.of(1, 2), Set.copyOf(node.placements().stream().map(Placement::netuid).toList()));
        assertEquals(2, node.placements().getLast().mechanisms());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(k -> out.add(k.asText()));
        return out;
    }
}
