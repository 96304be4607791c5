package io.yuma.chain.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yuma.chain.ChainException;
import io.yuma.chain.testing.LoopbackServer;
import io.yuma.chain.testing.LoopbackServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The client against loopback servers that fail in the ways real nodes and networks do. */
class SubstrateRpcTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RpcOptions FAST = RpcOptions.defaults().withTimeout(Duration.ofMillis(300))
            .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));

    /** Answers each call with {@code result(call)}, and a batch with its answers in reverse order. */
    private static Function<String, Reply> answering(Function<JsonNode, JsonNode> result) {
        return body -> {
            JsonNode request = read(body);
            if (request.isArray()) {
                ArrayNode answers = JSON.createArrayNode();
                for (int i = request.size() - 1; i >= 0; i--) { // out of order on purpose
                    answers.add(answer(request.get(i), result));
                }
                return Reply.ok(answers.toString());
            }
            return Reply.ok(answer(request, result).toString());
        };
    }

    private static ObjectNode answer(JsonNode call, Function<JsonNode, JsonNode> result) {
        ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
        answer.set("id", call.get("id"));
        answer.set("result", result.apply(call));
        return answer;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Function<String, Reply> blockHashes() {
        return answering(call -> JSON.getNodeFactory().textNode("0x" + "0".repeat(63) + call.get("params").get(0).asLong()));
    }

    @Test
    void anHttp500IsRetriedThenTheAnswerCounts() throws IOException {
        AtomicInteger seen = new AtomicInteger();
        Function<String, Reply> node = blockHashes();
        try (LoopbackServer server = new LoopbackServer(body -> seen.getAndIncrement() == 0
                ? new Reply(500, "Internal Server Error", 0) : node.apply(body));
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            assertEquals("0x" + "0".repeat(63) + "7", rpc.blockHash(7));
            assertEquals(2, server.requests());
            assertEquals(new RpcStats(1, 2, 1), rpc.stats());
        }
    }

    @Test
    void aNodeThatNeverAnswersInTimeIsOneErrorNamingUrlMethodAndAttempts() throws IOException {
        try (LoopbackServer server = new LoopbackServer(body -> new Reply(200, "{}", 2_000));
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            RpcException error = assertThrows(RpcException.class, () -> rpc.blockHash(1));
            String message = error.getMessage();
            assertTrue(message.contains(server.url()) && message.contains("chain_getBlockHash")
                    && message.contains("after 3 attempt(s)") && message.contains("within 300 ms"), message);
        }
    }

    @Test
    void anHttpErrorOtherThan5xxIsNotRetried() throws IOException {
        try (LoopbackServer server = new LoopbackServer(body -> new Reply(404, "no such path", 0));
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            RpcException error = assertThrows(RpcException.class, () -> rpc.blockHash(1));
            assertTrue(error.getMessage().contains("HTTP 404"), error.getMessage());
            assertEquals(1, server.requests());
        }
    }

    @Test
    void malformedJsonAndWrongShapesAreClearErrors() throws IOException {
        try (LoopbackServer server = new LoopbackServer(body -> Reply.ok("{\"jsonrpc\": \"2.0\", \"id\": 1, \"res"));
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            MalformedResponseException error = assertThrows(MalformedResponseException.class, () -> rpc.metadata(null));
            assertTrue(error.getMessage().contains("state_getMetadata") && error.getMessage().contains("not JSON"),
                    error.getMessage());
        }
        try (LoopbackServer server = new LoopbackServer(answering(call -> JSON.createObjectNode().put("keys", 1)));
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            MalformedResponseException error = assertThrows(MalformedResponseException.class,
                    () -> rpc.keysPaged("0x00", 10, null, null));
            assertTrue(error.getMessage().contains("expected an array of keys"), error.getMessage());
        }
    }

    @Test
    void aJsonRpcErrorNamesMethodParamsAndTheNodesMessage() throws IOException {
        String answer = "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"Invalid params\",\"data\":\"bad key\"}}";
        try (LoopbackServer server = new LoopbackServer(body -> Reply.ok(answer));
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            RpcErrorException error = assertThrows(RpcErrorException.class, () -> rpc.storage("0x1234", null));
            assertEquals(-32602, error.code());
            assertTrue(error.getMessage().contains("state_getStorage[\"0x1234\",null]")
                    && error.getMessage().contains("Invalid params: bad key"), error.getMessage());
            assertEquals(1, server.requests(), "a JSON-RPC error is an answer, not retried");
        }
    }

    @Test
    void prunedStateSaysAnArchiveNodeIsNeeded() throws IOException {
        // The node's words, as recorded from a Bittensor node asked for an old block.
        String answer = "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":4003,\"message\":\"Client error: Api called for an"
                + " unknown Block: State already discarded for 0x6c0da8a9dd5994d374d43210dc401f000b2fe02541bc2e7cd54719655d751a18\"}}";
        try (LoopbackServer server = new LoopbackServer(body -> Reply.ok(answer));
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            ArchiveNodeRequiredException error = assertThrows(ArchiveNodeRequiredException.class,
                    () -> rpc.runtimeVersion("0x6c0da8a9dd5994d374d43210dc401f000b2fe02541bc2e7cd54719655d751a18"));
            assertTrue(error.getMessage().contains("archive node") && error.getMessage().contains("state_getRuntimeVersion"),
                    error.getMessage());
        }
    }

    @Test
    void batchAnswersOutOfOrderAreMatchedById() throws IOException {
        try (LoopbackServer server = new LoopbackServer(blockHashes());
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST)) {
            List<JsonNode> results = rpc.batch(List.of(RpcCall.of("chain_getBlockHash", 1),
                    RpcCall.of("chain_getBlockHash", 2), RpcCall.of("chain_getBlockHash", 3)));
            assertEquals(List.of("1", "2", "3"), results.stream().map(r -> r.asText().substring(65)).toList());
            assertEquals(new RpcStats(3, 1, 0), rpc.stats());
        }
    }

    @Test
    void noMoreRequestsThanTheCapAreInFlight() throws Exception {
        Function<String, Reply> node = blockHashes();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try (LoopbackServer server = new LoopbackServer(body -> {
                    Reply reply = node.apply(body);
                    return new Reply(reply.status(), reply.body(), 60);
                });
                SubstrateRpc rpc = SubstrateRpc.connect(server.url(), FAST.withMaxInFlight(2))) {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long block = i;
                calls.add(callers.submit(() -> rpc.blockHash(block)));
            }
            for (Future<String> call : calls) {
                call.get();
            }
            assertEquals(6, server.requests());
            assertTrue(server.mostInProgress() <= 2, "at most 2 in flight, saw " + server.mostInProgress());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aUrlOfAnotherSchemeIsRefused() {
        ChainException error = assertThrows(ChainException.class, () -> SubstrateRpc.connect("ftp://node:9944", FAST));
        assertTrue(error.getMessage().contains("http://, https://, ws:// or wss://"), error.getMessage());
    }
}
