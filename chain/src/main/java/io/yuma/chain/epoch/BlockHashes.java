package io.yuma.chain.epoch;

import com.fasterxml.jackson.databind.JsonNode;
import io.yuma.chain.ChainException;
import io.yuma.chain.rpc.RpcCall;
import io.yuma.chain.rpc.SubstrateRpc;
import java.util.ArrayList;
import java.util.List;

/** Block hashes by number, several in one batch ({@code chain_getBlockHash}). */
public final class BlockHashes {
    private BlockHashes() {
    }

    /**
     * Looks up block hashes in one round trip.
     *
     * @param rpc the node
     * @param numbers the block numbers
     * @return their hashes, {@code 0x}-hex, in order
     * @throws ChainException when the node knows no block of a number (past its best block)
     */
    public static List<String> of(SubstrateRpc rpc, List<Long> numbers) {
        List<RpcCall> calls = new ArrayList<>(numbers.size());
        for (long number : numbers) {
            calls.add(RpcCall.of("chain_getBlockHash", number));
        }
        List<JsonNode> results = rpc.batch(calls);
        List<String> hashes = new ArrayList<>(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode hash = results.get(i);
            if (!hash.isTextual()) {
                throw new ChainException(rpc.url() + ": no block " + Long.toUnsignedString(numbers.get(i))
                        + " on the node (past its best block?)");
            }
            hashes.add(hash.asText());
        }
        return hashes;
    }
}
