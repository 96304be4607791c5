package io.yuma.chain.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The JSON-RPC methods of a substrate node that the emulator answers, over {@link EmulatedChain}:
 * block hashes and headers, runtime version, metadata and storage (single keys, batches at a
 * block, keys by pages). The optional last parameter {@code at} is a block hash; absent or null
 * means the best block.
 */
final class RpcMethods {
    /** Substrate's cap on {@code state_getKeysPaged}'s count. */
    static final int MAX_KEYS_PAGE = 1000;
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final EmulatedChain chain;
    private final Faults faults;

    RpcMethods(EmulatedChain chain, Faults faults) {
        this.chain = chain;
        this.faults = faults;
    }

    JsonNode call(String method, JsonNode params) throws RpcError {
        return switch (method) {
            case "chain_getBlockHash" -> blockHash(params);
            case "chain_getHead", "chain_getFinalizedHead" -> hex(EmulatedChain.blockHash(chain.head()));
            case "chain_getHeader" -> header(params);
            case "state_getRuntimeVersion" -> runtimeVersion(stateBlock(params, 0));
            case "state_getMetadata" -> {
                stateBlock(params, 0);
                yield hex(chain.metadata());
            }
            case "state_getStorage", "state_getStorageAt" -> storage(params, false);
            case "state_getStorageHash", "state_getStorageHashAt" -> storage(params, true);
            case "state_queryStorageAt" -> queryStorageAt(params);
            case "state_getKeysPaged", "state_getKeysPagedAt" -> keysPaged(params);
            case "system_chain" -> JSON.textNode("Bittensor");
            case "rpc_methods" -> methods();
            default -> throw new RpcError(RpcError.METHOD_NOT_FOUND, "Method not found");
        };
    }

    private JsonNode blockHash(JsonNode params) throws RpcError {
        JsonNode number = param(params, 0);
        if (number.isNull()) {
            return hex(EmulatedChain.blockHash(chain.head()));
        }
        long n = -1;
        try {
            n = number.isTextual() ? Long.decode(number.asText()) : number.canConvertToLong() ? number.asLong() : -1;
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0) {
            throw new RpcError(RpcError.INVALID_PARAMS, "Invalid params: block number " + number);
        }
        return n > chain.head() ? NullNode.getInstance() : hex(EmulatedChain.blockHash(n));
    }

    private JsonNode header(JsonNode params) throws RpcError {
        JsonNode at = param(params, 0);
        long n = at.isNull() ? chain.head() : chain.blockNumber(bytes(at, "block hash"));
        if (n < 0) {
            return NullNode.getInstance();
        }
        ObjectNode header = JSON.objectNode();
        header.put("parentHash", hexText(n == 0 ? new byte[32] : EmulatedChain.blockHash(n - 1)));
        header.put("number", "0x" + Long.toHexString(n));
        header.put("stateRoot", hexText(Hasher.blake2b(("state/" + n).getBytes(StandardCharsets.UTF_8), 32)));
        header.put("extrinsicsRoot", hexText(new byte[32]));
        header.putObject("digest").putArray("logs");
        return header;
    }

    private JsonNode runtimeVersion(long block) {
        ObjectNode version = JSON.objectNode();
        version.put("specName", "node-subtensor");
        version.put("implName", "node-subtensor");
        version.put("authoringVersion", 1);
        version.put("specVersion", chain.specVersion(block));
        version.put("implVersion", 1);
        version.putArray("apis");
        version.put("transactionVersion", 1);
        version.put("stateVersion", 1);
        return version;
    }

    private JsonNode storage(JsonNode params, boolean hashOnly) throws RpcError {
        byte[] key = bytes(param(params, 0), "storage key");
        byte[] value = chain.state().get(stateBlock(params, 1), key);
        if (value == null) {
            return NullNode.getInstance();
        }
        return hex(hashOnly ? Hasher.blake2b(value, 32) : value);
    }

    private JsonNode queryStorageAt(JsonNode params) throws RpcError {
        JsonNode keys = param(params, 0);
        if (!keys.isArray()) {
            throw new RpcError(RpcError.INVALID_PARAMS, "Invalid params: expected an array of storage keys");
        }
        long block = stateBlock(params, 1);
        ArrayNode changes = JSON.arrayNode();
        for (JsonNode key : keys) {
            byte[] value = chain.state().get(block, bytes(key, "storage key"));
            changes.addArray().add(key.asText()).add(value == null ? NullNode.getInstance() : hex(value));
        }
        ObjectNode set = JSON.objectNode();
        set.put("block", hexText(EmulatedChain.blockHash(block)));
        set.set("changes", changes);
        return JSON.arrayNode().add(set);
    }

    private JsonNode keysPaged(JsonNode params) throws RpcError {
        byte[] prefix = param(params, 0).isNull() ? new byte[0] : bytes(param(params, 0), "key prefix");
        JsonNode count = param(params, 1);
        if (!count.canConvertToInt() || count.asInt() < 0) {
            throw new RpcError(RpcError.INVALID_PARAMS, "Invalid params: count " + count);
        }
        if (count.asInt() > MAX_KEYS_PAGE) {
            throw new RpcError(RpcError.INVALID_PARAMS,
                    "count exceeds maximum value. value: " + count.asInt() + ", max: " + MAX_KEYS_PAGE);
        }
        JsonNode start = param(params, 2);
        byte[] startKey = start.isNull() ? null : bytes(start, "start key");
        List<byte[]> keys = chain.state().keys(stateBlock(params, 3), prefix, startKey, count.asInt());
        ArrayNode out = JSON.arrayNode();
        keys.forEach(k -> out.add(hexText(k)));
        return out;
    }

    private JsonNode methods() {
        ObjectNode out = JSON.objectNode();
        ArrayNode names = out.putArray("methods");
        List.of("chain_getBlockHash", "chain_getFinalizedHead", "chain_getHead", "chain_getHeader", "rpc_methods",
                "state_getKeysPaged", "state_getMetadata", "state_getRuntimeVersion", "state_getStorage",
                "state_getStorageHash", "state_queryStorageAt", "system_chain").forEach(names::add);
        return out;
    }

    /** {@return the block whose state parameter {@code index} names; best block when absent} */
    private long stateBlock(JsonNode params, int index) throws RpcError {
        JsonNode at = param(params, index);
        long block = chain.head();
        String name = hexText(EmulatedChain.blockHash(block));
        if (!at.isNull()) {
            byte[] hash = bytes(at, "block hash");
            block = chain.blockNumber(hash);
            name = hexText(hash);
            if (block < 0) {
                throw new RpcError(RpcError.STATE_ERROR,
                        "Client error: Api called for an unknown Block: Header was not found in the database: " + name);
            }
        }
        if (faults.isPruned(block)) {
            throw new RpcError(RpcError.STATE_ERROR, "Client error: Api called for an unknown Block: State already discarded for " + name);
        }
        return block;
    }

    private static JsonNode param(JsonNode params, int index) {
        JsonNode p = params == null ? null : params.get(index);
        return p == null ? NullNode.getInstance() : p;
    }

    private static byte[] bytes(JsonNode node, String what) throws RpcError {
        String text = node.asText("");
        if (!node.isTextual() || !text.startsWith("0x") || text.length() % 2 != 0) {
            throw new RpcError(RpcError.INVALID_PARAMS, "Invalid params: " + what + " must be 0x-prefixed hex, got " + node);
        }
        try {
            return HEX.parseHex(text, 2, text.length());
        } catch (IllegalArgumentException e) {
            throw new RpcError(RpcError.INVALID_PARAMS, "Invalid params: " + what + " " + e.getMessage());
        }
    }

    private static JsonNode hex(byte[] bytes) {
        return JSON.textNode(hexText(bytes));
    }

    private static String hexText(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }
}
