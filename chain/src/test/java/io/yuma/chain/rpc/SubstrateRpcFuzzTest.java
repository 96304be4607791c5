package io.yuma.chain.rpc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.yuma.chain.ChainException;
import io.yuma.testkit.fuzz.DecoderContract;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The client's reading of a node's answers, over any text: the first byte chooses the call
 * (block hash, header, runtime version, metadata, storage, a batched storage query, a page of
 * keys), the rest is the node's whole answer, with {@code {ID}} standing for the id of the
 * request (so that a mutated answer can still be matched to it). An answer is untrusted input,
 * so every failure must be one of the client's own errors naming the node. FUZZING.md says how
 * to fuzz it.
 */
class SubstrateRpcFuzzTest {
    private static final String URL = "http://fuzzed.node:9944";
    private static final String KEY = "0x658faa385070e074c85bf6b568cf0555";
    private static final String HASH = "0x" + "ab".repeat(32);
    private static final List<Consumer<SubstrateRpc>> CALLS = List.of(
            rpc -> rpc.blockHash(7),
            rpc -> rpc.header(HASH),
            rpc -> rpc.runtimeVersion(HASH),
            rpc -> rpc.metadata(HASH),
            rpc -> rpc.storage(KEY, HASH),
            rpc -> rpc.queryStorageAt(List.of(KEY, KEY + "00"), HASH),
            rpc -> rpc.keysPaged(KEY, 10, null, HASH));
    private static final DecoderContract CONTRACT = new DecoderContract(URL, List.of(ChainException.class,
            RpcErrorException.class, ArchiveNodeRequiredException.class, MalformedResponseException.class));
    private static final RpcOptions ONE_ATTEMPT = RpcOptions.defaults().withRetries(1, Duration.ZERO, Duration.ZERO);

    @FuzzTest
    void answersOrRefusesWithOneLine(byte[] data) {
        if (data.length == 0) {
            return;
        }
        Consumer<SubstrateRpc> call = CALLS.get(Byte.toUnsignedInt(data[0]) % CALLS.size());
        String answer = new String(Arrays.copyOfRange(data, 1, data.length), StandardCharsets.UTF_8);
        Transport node = new Transport() {
            @Override
            public String exchange(String body, List<Long> ids, Duration timeout) {
                return answer.replace("{ID}", Long.toString(ids.getFirst()));
            }

            @Override
            public void close() {
            }
        };
        try (SubstrateRpc rpc = new SubstrateRpc(URL, ONE_ATTEMPT, node)) {
            CONTRACT.check(data, () -> call.accept(rpc));
        }
    }
}
