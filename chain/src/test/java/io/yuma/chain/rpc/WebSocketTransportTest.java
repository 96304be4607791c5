package io.yuma.chain.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yuma.chain.testing.WebSocketNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The client over {@code ws://} against a WebSocket node that answers late, out of order, badly or not at all. */
class WebSocketTransportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RpcOptions FAST = RpcOptions.defaults().withTimeout(Duration.ofMillis(500))
            .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));

    /** The hash a node of these tests has at {@code block}. */
    private static String hashOf(long block) {
        return "0x" + "0".repeat(63) + block;
    }

    /** Answers every chain_getBlockHash call in {@code message}, a batch's answers in reverse order. */
    private static String blockHashes(String message) {
        JsonNode request = read(message);
        if (!request.isArray()) {
            return answer(request).toString();
        }
        ArrayNode answers = JSON.createArrayNode();
        for (int i = request.size() - 1; i >= 0; i--) { // out of order on purpose
            answers.add(answer(request.get(i)));
        }
        return answers.toString();
    }

    private static ObjectNode answer(JsonNode call) {
        ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
        answer.set("id", call.get("id"));
        answer.put("result", hashOf(call.get("params").get(0).asLong()));
        return answer;
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void singleCallsAndBatchesShareOneConnection() throws Exception {
        try (WebSocketNode node = new WebSocketNode(WebSocketNode.answering(WebSocketTransportTest::blockHashes));
                SubstrateRpc rpc = SubstrateRpc.connect(node.url(), FAST)) {
            assertEquals(hashOf(7), rpc.blockHash(7));
            List<JsonNode> results = rpc.batch(List.of(RpcCall.of("chain_getBlockHash", 1),
                    RpcCall.of("chain_getBlockHash", 2), RpcCall.of("chain_getBlockHash", 3)));
            assertEquals(List.of(hashOf(1), hashOf(2), hashOf(3)), results.stream().map(JsonNode::asText).toList());
            assertEquals(new RpcStats(4, 2, 0), rpc.stats());
            assertEquals(1, node.connections());
        }
    }

    @Test
    void answersToConcurrentRequestsComingBackOutOfOrderAreMatchedById() throws Exception {
        // The first request's answer is held until the second request arrives, then sent after it.
        AtomicReference<String> held = new AtomicReference<>();
        WebSocketNode.Handler reversing = (text, peer) -> {
            String first = held.getAndSet(null);
            if (first == null) {
                held.set(text);
            } else {
                peer.send(blockHashes(text));
                peer.send(blockHashes(first));
            }
        };
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (WebSocketNode node = new WebSocketNode(reversing);
                SubstrateRpc rpc = SubstrateRpc.connect(node.url(), FAST.withTimeout(Duration.ofSeconds(5)))) {
            Future<String> eleven = callers.submit(() -> rpc.blockHash(11));
            Future<String> twelve = callers.submit(() -> rpc.blockHash(12));
            assertEquals(hashOf(11), eleven.get());
            assertEquals(hashOf(12), twelve.get());
            assertEquals(0, rpc.stats().retries());
            assertEquals(1, node.connections());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aDroppedConnectionIsReopenedAndTheRequestRetried() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        WebSocketNode.Handler dropsFirst = (text, peer) -> {
            if (seen.getAndIncrement() == 0) {
                peer.drop();
            } else {
                peer.send(blockHashes(text));
            }
        };
        try (WebSocketNode node = new WebSocketNode(dropsFirst);
                SubstrateRpc rpc = SubstrateRpc.connect(node.url(), FAST)) {
            assertEquals(hashOf(5), rpc.blockHash(5));
            assertEquals(hashOf(6), rpc.blockHash(6));
            assertEquals(new RpcStats(2, 3, 1), rpc.stats());
            assertEquals(2, node.connections());
        }
    }

    @Test
    void aNodeThatNeverAnswersIsOneErrorNamingUrlMethodAndAttempts() throws Exception {
        try (WebSocketNode node = new WebSocketNode((text, peer) -> { });
                SubstrateRpc rpc = SubstrateRpc.connect(node.url(), FAST.withTimeout(Duration.ofMillis(200)))) {
            RpcException error = assertThrows(RpcException.class, () -> rpc.blockHash(1));
            String message = error.getMessage();
            assertTrue(message.contains(node.url()) && message.contains("chain_getBlockHash")
                    && message.contains("after 3 attempt(s)") && message.contains("within 200 ms"), message);
            assertFalse(message.contains("\n"), message);
            assertEquals(3, node.messages());
        }
    }

    @Test
    void aLateAnswerToARequestThatTimedOutIsDroppedNotHandedToTheNext() throws Exception {
        // The node answers the first request only once the second arrives, just before the second's answer.
        AtomicReference<String> unanswered = new AtomicReference<>();
        WebSocketNode.Handler late = (text, peer) -> {
            String first = unanswered.getAndSet(null);
            if (first == null && node(text) == 1) {
                unanswered.set(text);
                return;
            }
            if (first != null) {
                peer.send(blockHashes(first));
            }
            peer.send(blockHashes(text));
        };
        try (WebSocketNode node = new WebSocketNode(late);
                SubstrateRpc rpc = SubstrateRpc.connect(node.url(),
                        FAST.withTimeout(Duration.ofSeconds(1)).withRetries(1, Duration.ofMillis(5), Duration.ofMillis(5)))) {
            assertThrows(RpcException.class, () -> rpc.blockHash(1));
            assertEquals(hashOf(2), rpc.blockHash(2));
        }
    }

    private static long node(String text) {
        return read(text).get("params").get(0).asLong();
    }

    @Test
    void aMessageThatIsNotJsonIsOneLineErrorNamingUrlAndMethod() throws Exception {
        try (WebSocketNode node = new WebSocketNode((text, peer) -> peer.send("{\"jsonrpc\": \"2.0\", \"id\": 1, \"res"));
                SubstrateRpc rpc = SubstrateRpc.connect(node.url(), FAST)) {
            MalformedResponseException error = assertThrows(MalformedResponseException.class, () -> rpc.blockHash(3));
            String message = error.getMessage();
            assertTrue(message.contains(node.url()) && message.contains("chain_getBlockHash") && message.contains("not JSON"),
                    message);
            assertFalse(message.contains("\n"), message);
        }
    }

    @Test
    void aFrameBreakingTheProtocolIsRetriedOnANewConnectionThenOneLineError() throws Exception {
        try (WebSocketNode node = new WebSocketNode((text, peer) -> peer.sendMalformedFrame(blockHashes(text)));
                SubstrateRpc rpc = SubstrateRpc.connect(node.url(), FAST)) {
            RpcException error = assertThrows(RpcException.class, () -> rpc.blockHash(4));
            String message = error.getMessage();
            assertTrue(message.contains(node.url()) && message.contains("chain_getBlockHash")
                    && message.contains("after 3 attempt(s)"), message);
            assertFalse(message.contains("\n"), message);
            assertEquals(3, node.connections(), "each attempt on a new connection");
        }
    }
}
