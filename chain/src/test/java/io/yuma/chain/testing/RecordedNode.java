package io.yuma.chain.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yuma.chain.scale.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A stand-in Bittensor node on the loopback interface: it serves the storage recorded from a real
 * node ({@link Recorded}) from one key/value table at any block, with the recorded V14 metadata,
 * over JSON-RPC (single calls and batches): {@code chain_getBlockHash}, {@code chain_getHeader},
 * {@code state_getRuntimeVersion}, {@code state_getMetadata}, {@code state_getStorage},
 * {@code state_queryStorageAt} and {@code state_getKeysPaged}.
 */
public final class RecordedNode implements AutoCloseable {
    /** The hash the node gives every block. */
    public static final String BLOCK_HASH = "0x" + "ab".repeat(32);
    /** The spec version of the recorded metadata. */
    public static final int SPEC_VERSION = 343;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NavigableMap<String, String> storage;
    private final String metadataHex;
    private final LoopbackServer server;

    private RecordedNode(NavigableMap<String, String> storage, String metadataHex) throws IOException {
        this.storage = storage;
        this.metadataHex = metadataHex;
        this.server = new LoopbackServer(body -> LoopbackServer.Reply.ok(answer(body)));
    }

    /**
     * Starts a node serving the recorded storage (the calling test skips when the recordings are absent).
     *
     * @return the node
     */
    public static RecordedNode start() {
        try {
            return new RecordedNode(recordedStorage(), Hex.encode(Recorded.metadataV14Bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return every recorded storage key (lower-case {@code 0x}-hex) and its value, in key order} */
    public static NavigableMap<String, String> recordedStorage() {
        NavigableMap<String, String> storage = new TreeMap<>();
        for (JsonNode call : Recorded.responses()) {
            JsonNode result = call.get("result");
            switch (call.get("method").asText()) {
                case "state_getStorage", "state_getStorageAt" -> {
                    if (result.isTextual()) {
                        storage.put(call.get("params").get(0).asText().toLowerCase(Locale.ROOT), result.asText());
                    }
                }
                case "state_queryStorageAt" -> {
                    for (JsonNode changeSet : result) {
                        for (JsonNode change : changeSet.path("changes")) {
                            if (change.get(1).isTextual()) {
                                storage.put(change.get(0).asText().toLowerCase(Locale.ROOT), change.get(1).asText());
                            }
                        }
                    }
                }
                default -> {
                    // Not storage.
                }
            }
        }
        return Collections.unmodifiableNavigableMap(storage);
    }

    /** {@return the node's URL} */
    public String url() {
        return server.url();
    }

    /** {@return the storage it serves} */
    public NavigableMap<String, String> storage() {
        return storage;
    }

    /** {@return how many HTTP requests it received} */
    public int requests() {
        return server.requests();
    }

    private String answer(String body) {
        try {
            JsonNode request = JSON.readTree(body);
            if (request.isArray()) {
                ArrayNode answers = JSON.createArrayNode();
                request.forEach(call -> answers.add(answerCall(call)));
                return answers.toString();
            }
            return answerCall(request).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode answerCall(JsonNode call) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("jsonrpc", "2.0");
        answer.set("id", call.get("id"));
        JsonNode params = call.path("params");
        switch (call.path("method").asText()) {
            case "chain_getBlockHash" -> answer.put("result", BLOCK_HASH);
            case "chain_getHeader" -> {
                ObjectNode header = answer.putObject("result");
                header.put("parentHash", BLOCK_HASH);
                header.put("number", "0x689052");
                header.put("stateRoot", BLOCK_HASH);
                header.put("extrinsicsRoot", BLOCK_HASH);
            }
            case "state_getRuntimeVersion" -> {
                ObjectNode version = answer.putObject("result");
                version.put("specName", "node-subtensor");
                version.put("specVersion", SPEC_VERSION);
                version.put("implVersion", 1);
                version.put("transactionVersion", 1);
            }
            case "state_getMetadata" -> answer.put("result", metadataHex);
            case "state_getStorage" -> answer.put("result", storage.get(params.get(0).asText().toLowerCase(Locale.ROOT)));
            case "state_queryStorageAt" -> {
                ObjectNode changeSet = answer.putArray("result").addObject();
                changeSet.put("block", BLOCK_HASH);
                ArrayNode changes = changeSet.putArray("changes");
                for (JsonNode key : params.get(0)) {
                    changes.addArray().add(key.asText()).add(storage.get(key.asText().toLowerCase(Locale.ROOT)));
                }
            }
            case "state_getKeysPaged" -> {
                String prefix = params.get(0).asText().toLowerCase(Locale.ROOT);
                int count = params.get(1).asInt();
                boolean after = params.path(2).isTextual();
                String start = after ? params.get(2).asText().toLowerCase(Locale.ROOT) : prefix;
                ArrayNode keys = answer.putArray("result");
                for (String key : storage.tailMap(start, !after).keySet()) {
                    if (!key.startsWith(prefix) || keys.size() == count) {
                        break;
                    }
                    keys.add(key);
                }
            }
            default -> {
                ObjectNode error = answer.putObject("error");
                error.put("code", -32601);
                error.put("message", "Method not found");
            }
        }
        return answer;
    }

    @Override
    public void close() {
        server.close();
    }
}
