package io.yuma.chain.fetch;

import io.yuma.chain.rpc.RpcOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ChainFetch} fetches and where.
 *
 * @param url the node's JSON-RPC URL (an archive node for past blocks)
 * @param netuids the subnets, or empty for every subnet that exists at {@code to}
 * @param from the first block of the range (at least 1)
 * @param to the last block of the range
 * @param output the archive to write
 * @param existing what to do with an earlier fetch's files at {@code output}
 * @param rpc the client's timeouts, retries and requests in flight
 */
public record FetchOptions(String url, List<Integer> netuids, long from, long to, Path output, Existing existing,
        RpcOptions rpc) {
    /** What to do with an archive, or an interrupted fetch, already at the output. */
    public enum Existing {
        /** Refuse to start. */
        REFUSE,
        /** Continue the interrupted fetch. */
        RESUME,
        /** Start over, replacing them. */
        REPLACE
    }

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException when {@code from} is below 1 or above {@code to}
     * @throws NullPointerException naming a missing part
     */
    public FetchOptions {
        Objects.requireNonNull(url, "url");
        netuids = List.copyOf(netuids);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(rpc, "rpc");
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("--from " + from + " --to " + to
                    + ": the range must start at block 1 or later and not end before it starts");
        }
    }

    /** {@return the line a journal names this fetch by: what decides the archive's bytes} */
    String fingerprint() {
        return "fetch " + url + " netuids " + (netuids.isEmpty() ? "all" : netuids) + " blocks " + from + ".." + to;
    }
}
