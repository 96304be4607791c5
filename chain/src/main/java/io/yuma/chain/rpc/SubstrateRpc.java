package io.yuma.chain.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yuma.chain.ChainException;
import io.yuma.chain.scale.Hex;
import io.yuma.vector.Printable;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC 2.0 client of a substrate node, over HTTP ({@code http://}, {@code https://}) or
 * WebSocket ({@code ws://}, {@code wss://}). Thread-safe: at most {@link RpcOptions#maxInFlight}
 * requests await an answer at once, the others wait their turn. A request that fails in transport
 * (connection refused or reset, timeout, HTTP 5xx or 429) is tried again after an exponentially
 * growing wait, up to {@link RpcOptions#maxAttempts}; then one {@link RpcException} names the URL,
 * the method and the last failure. Block hashes are {@code 0x}-hex strings; {@code null} means the
 * best block.
 */
public final class SubstrateRpc implements AutoCloseable {
    private static final String PRUNED_STATE = "state already discarded";

    private final String url;
    private final RpcOptions options;
    private final Transport transport;
    private final ObjectMapper json = new ObjectMapper();
    private final Semaphore inFlight;
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    SubstrateRpc(String url, RpcOptions options, Transport transport) {
        this.url = url;
        this.options = options;
        this.transport = transport;
        this.inFlight = new Semaphore(options.maxInFlight(), true);
    }

    /**
     * A client of the node at {@code url}.
     *
     * @param url {@code http://}, {@code https://}, {@code ws://} or {@code wss://} and the node's RPC port
     * @param options timeouts, retries and the cap on requests in flight
     * @return the client (no connection is made until the first call)
     * @throws ChainException when the URL is not one of those schemes
     */
    public static SubstrateRpc connect(String url, RpcOptions options) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ChainException("not a node URL: '" + url + "' (" + e.getMessage() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Transport transport = switch (scheme) {
            case "http", "https" -> new HttpTransport(uri, options.timeout());
            case "ws", "wss" -> new WebSocketTransport(uri, options.timeout(), new ObjectMapper());
            default -> throw new ChainException("node URL '" + url
                    + "' must start with http://, https://, ws:// or wss:// (e.g. http://127.0.0.1:9944)");
        };
        return new SubstrateRpc(url, options, transport);
    }

    /** {@return the node's URL} */
    public String url() {
        return url;
    }

    /** {@return what this client has sent so far} */
    public RpcStats stats() {
        return new RpcStats(calls.get(), roundTrips.get(), retries.get());
    }

    /**
     * Calls {@code method} and returns its result.
     *
     * @param method the method, e.g. {@code state_call}
     * @param params its positional parameters
     * @return the result (JSON {@code null} when the node answered null)
     * @throws RpcException when no usable answer came, or the node answered with an error
     */
    public JsonNode call(String method, Object... params) {
        return exchange(List.of(RpcCall.of(method, params)), false).getFirst();
    }

    /**
     * Sends {@code batch} as one JSON-RPC batch (one round trip) and returns the results in the
     * order of the calls, whatever order the node answered in.
     *
     * @param batch the calls
     * @return their results, in order
     * @throws RpcException when no usable answer came, or the node answered any call with an error
     */
    public List<JsonNode> batch(List<RpcCall> batch) {
        return batch.isEmpty() ? List.of() : exchange(batch, true);
    }

    /**
     * {@return the hash of block {@code number}}
     *
     * @param number the block number
     * @throws ChainException when the node has no such block
     */
    public String blockHash(long number) {
        JsonNode result = call("chain_getBlockHash", number);
        if (result.isNull()) {
            throw new ChainException("the node at " + url + " has no block " + number + " (beyond its best block?)");
        }
        return hex(result, "chain_getBlockHash");
    }

    /** {@return the hash of the node's best block} */
    public String bestBlockHash() {
        return hex(call("chain_getBlockHash"), "chain_getBlockHash");
    }

    /**
     * {@return the header of block {@code hash}}
     *
     * @param hash the block hash, or {@code null} for the best block
     * @throws ChainException when the node does not know the block
     */
    public BlockHeader header(String hash) {
        JsonNode result = call("chain_getHeader", hash);
        if (result.isNull()) {
            throw new ChainException("the node at " + url + " does not know block " + hash);
        }
        return new BlockHeader(number(result.path("number"), "chain_getHeader number"),
                hex(result.path("parentHash"), "chain_getHeader parentHash"),
                hex(result.path("stateRoot"), "chain_getHeader stateRoot"),
                hex(result.path("extrinsicsRoot"), "chain_getHeader extrinsicsRoot"));
    }

    /**
     * {@return the runtime version in force at block {@code hash}}
     *
     * @param hash the block hash, or {@code null} for the best block
     */
    public RuntimeVersion runtimeVersion(String hash) {
        JsonNode result = call("state_getRuntimeVersion", hash);
        if (!result.path("specVersion").canConvertToLong() || !result.path("specName").isTextual()) {
            throw malformed("state_getRuntimeVersion", "no specName and specVersion in " + Hex.abbreviate(result.toString()));
        }
        return new RuntimeVersion(result.get("specName").asText(), result.get("specVersion").asLong(),
                result.path("implVersion").asLong(), result.path("transactionVersion").asLong());
    }

    /**
     * {@return the SCALE-encoded runtime metadata at block {@code hash}}
     *
     * @param hash the block hash, or {@code null} for the best block
     */
    public byte[] metadata(String hash) {
        return bytes(call("state_getMetadata", hash), "state_getMetadata");
    }

    /**
     * {@return the value stored under {@code key} at block {@code hash}, empty when there is none}
     *
     * @param key the storage key, {@code 0x}-hex
     * @param hash the block hash, or {@code null} for the best block
     */
    public Optional<byte[]> storage(String key, String hash) {
        JsonNode result = call("state_getStorage", key, hash);
        return result.isNull() ? Optional.empty() : Optional.of(bytes(result, "state_getStorage"));
    }

    /**
     * Reads many keys at one block in one call ({@code state_queryStorageAt}).
     *
     * @param keys the storage keys, {@code 0x}-hex
     * @param hash the block hash, or {@code null} for the best block
     * @return each key's value, in the order of {@code keys}, empty where there is none
     */
    public Map<String, Optional<byte[]>> queryStorageAt(List<String> keys, String hash) {
        return changes(call("state_queryStorageAt", keys, hash), keys);
    }

    /**
     * {@return the call that {@link #queryStorageAt} makes, for a batch of them}
     *
     * @param keys the storage keys, {@code 0x}-hex
     * @param hash the block hash, or {@code null} for the best block
     */
    public static RpcCall queryStorageAtCall(List<String> keys, String hash) {
        return RpcCall.of("state_queryStorageAt", keys, hash);
    }

    /**
     * Reads the result of a {@code state_queryStorageAt} call made in a batch.
     *
     * @param result the call's result
     * @param keys the keys it asked for
     * @return each key's value, in the order of {@code keys}, empty where there is none
     */
    public Map<String, Optional<byte[]>> changes(JsonNode result, List<String> keys) {
        if (!result.isArray()) {
            throw malformed("state_queryStorageAt", "expected an array of change sets, got " + Hex.abbreviate(result.toString()));
        }
        Map<String, byte[]> found = new HashMap<>();
        for (JsonNode changeSet : result) {
            for (JsonNode change : changeSet.path("changes")) {
                if (!change.isArray() || change.size() != 2 || !change.get(0).isTextual()) {
                    throw malformed("state_queryStorageAt", "a change is not [key, value]: " + Hex.abbreviate(change.toString()));
                }
                found.put(change.get(0).asText().toLowerCase(Locale.ROOT),
                        change.get(1).isNull() ? null : bytes(change.get(1), "state_queryStorageAt value"));
            }
        }
        Map<String, Optional<byte[]>> values = new LinkedHashMap<>();
        for (String key : keys) {
            values.put(key, Optional.ofNullable(found.get(key.toLowerCase(Locale.ROOT))));
        }
        return values;
    }

    /**
     * Lists storage keys under {@code prefix}, in key order ({@code state_getKeysPaged}).
     *
     * @param prefix the key prefix, {@code 0x}-hex
     * @param count at most how many keys
     * @param startKey list keys after this one, or {@code null} to start at the prefix
     * @param hash the block hash, or {@code null} for the best block
     * @return the keys, {@code 0x}-hex
     */
    public List<String> keysPaged(String prefix, int count, String startKey, String hash) {
        JsonNode result = call("state_getKeysPaged", prefix, count, startKey, hash);
        if (!result.isArray()) {
            throw malformed("state_getKeysPaged", "expected an array of keys, got " + Hex.abbreviate(result.toString()));
        }
        List<String> keys = new ArrayList<>(result.size());
        for (JsonNode key : result) {
            keys.add(hex(key, "state_getKeysPaged key"));
        }
        return keys;
    }

    /**
     * Calls a runtime API ({@code state_call}).
     *
     * @param method the runtime API method, e.g. {@code Metadata_metadata_at_version}
     * @param input its SCALE-encoded arguments
     * @param hash the block hash, or {@code null} for the best block
     * @return its SCALE-encoded answer
     */
    public byte[] stateCall(String method, byte[] input, String hash) {
        return bytes(call("state_call", method, Hex.encode(input), hash), "state_call " + method);
    }

    @Override
    public void close() {
        transport.close();
    }

    private List<JsonNode> exchange(List<RpcCall> batch, boolean asArray) {
        List<Long> ids = new ArrayList<>(batch.size());
        String body = body(batch, asArray, ids);
        String what = describe(batch);
        calls.addAndGet(batch.size());
        String answer = send(body, ids, what);
        return results(answer, batch, ids, asArray, what);
    }

    private String body(List<RpcCall> batch, boolean asArray, List<Long> ids) {
        ArrayNode requests = json.createArrayNode();
        for (RpcCall call : batch) {
            long id = nextId.getAndIncrement();
            ids.add(id);
            ObjectNode request = requests.addObject();
            request.put("jsonrpc", "2.0");
            request.put("id", id);
            request.put("method", call.method());
            request.set("params", json.valueToTree(call.params()));
        }
        try {
            return json.writeValueAsString(asArray ? requests : requests.get(0));
        } catch (JsonProcessingException e) {
            throw new ChainException("cannot write the JSON of " + what(batch) + ": " + e.getOriginalMessage(), e);
        }
    }

    private String send(String body, List<Long> ids, String what) {
        Duration wait = options.initialBackoff();
        Transport.TransportFailure last = null;
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            if (attempt > 1) {
                retries.incrementAndGet();
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : wait.multipliedBy(2);
            }
            try {
                inFlight.acquire();
                try {
                    roundTrips.incrementAndGet();
                    return transport.exchange(body, ids, options.timeout());
                } finally {
                    inFlight.release();
                }
            } catch (Transport.TransportFailure failure) {
                last = failure;
                if (!failure.retryable()) {
                    throw new RpcException("the node at " + url + " refused " + what + ": " + failure.getMessage(), failure);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RpcException("interrupted while calling " + what + " on " + url, e);
            }
        }
        throw new RpcException("no answer from the node at " + url + " to " + what + " after " + options.maxAttempts()
                + " attempt(s); last: " + last.getMessage(), last);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException("interrupted while waiting to retry", e);
        }
    }

    private List<JsonNode> results(String answer, List<RpcCall> batch, List<Long> ids, boolean asArray, String what) {
        JsonNode tree;
        try {
            tree = json.readTree(answer);
        } catch (JsonProcessingException e) {
            throw malformed(what, "not JSON (" + e.getOriginalMessage() + "): " + Hex.abbreviate(answer.strip()));
        }
        Map<Long, JsonNode> byId = new HashMap<>();
        if (asArray != tree.isArray()) {
            throw malformed(what, "expected " + (asArray ? "an array of answers" : "one answer object") + ", got "
                    + Hex.abbreviate(answer.strip()));
        }
        for (JsonNode response : asArray ? tree : List.of(tree)) {
            if (!response.isObject() || !response.path("id").canConvertToLong()) {
                throw malformed(what, "an answer without a numeric id: " + Hex.abbreviate(response.toString()));
            }
            byId.put(response.get("id").asLong(), response);
        }
        List<JsonNode> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            JsonNode response = byId.get(ids.get(i));
            RpcCall call = batch.get(i);
            if (response == null) {
                throw malformed(what, "no answer with id " + ids.get(i) + " (" + call.method() + ")");
            }
            if (response.has("error")) {
                throw error(call, response.get("error"));
            }
            if (!response.has("result")) {
                throw malformed(call.method(), "neither result nor error in " + Hex.abbreviate(response.toString()));
            }
            results.add(response.get("result"));
        }
        return results;
    }

    private RpcErrorException error(RpcCall call, JsonNode error) {
        long code = error.path("code").asLong();
        String message = error.path("message").asText(error.toString());
        JsonNode data = error.get("data");
        String nodeMessage = data == null || data.isNull() ? message
                : message + ": " + (data.isTextual() ? data.asText() : data.toString());
        String params = Hex.abbreviate(json.valueToTree(call.params()).toString());
        if (nodeMessage.toLowerCase(Locale.ROOT).contains(PRUNED_STATE)) {
            return new ArchiveNodeRequiredException("the node at " + url + " has discarded the state " + call.method()
                    + params + " asked for (\"" + Hex.abbreviate(nodeMessage) + "\"): it prunes old state; "
                    + "reading past blocks needs an archive node (one started with --state-pruning archive)",
                    code, nodeMessage);
        }
        return new RpcErrorException("the node at " + url + " answered " + call.method() + params + " with error "
                + code + ": " + Printable.oneLine(nodeMessage), code, nodeMessage);
    }

    private String hex(JsonNode node, String what) {
        if (!node.isTextual() || !node.asText().startsWith("0x")) {
            throw malformed(what, "expected 0x-hex, got " + Hex.abbreviate(node.toString()));
        }
        return node.asText();
    }

    /** Bytes the node sent as 0x-hex: a malformed answer when they are not whole hex bytes. */
    private byte[] bytes(JsonNode node, String what) {
        String text = hex(node, what);
        try {
            return Hex.decode(text);
        } catch (ChainException e) {
            throw malformed(what, e.getMessage());
        }
    }

    private long number(JsonNode node, String what) {
        if (node.canConvertToLong()) {
            return node.asLong();
        }
        try {
            return Long.parseLong(hex(node, what).substring(2), 16);
        } catch (NumberFormatException e) {
            throw malformed(what, "not a block number: " + node);
        }
    }

    private MalformedResponseException malformed(String what, String problem) {
        return new MalformedResponseException("the node at " + url + " answered " + what + " wrongly: " + problem);
    }

    private static String describe(List<RpcCall> batch) {
        return batch.size() == 1 ? batch.getFirst().method() : what(batch);
    }

    private static String what(List<RpcCall> batch) {
        return "a batch of " + batch.size() + " calls (" + batch.getFirst().method() + ", ...)";
    }
}
