package io.yuma.chain.rpc;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One JSON-RPC call of a batch.
 *
 * @param method the method, e.g. {@code state_getStorage}
 * @param params its positional parameters: strings, numbers, booleans, lists, or {@code null}
 */
public record RpcCall(String method, List<Object> params) {
    /** Copies the parameters (which may hold {@code null}). */
    public RpcCall {
        params = Collections.unmodifiableList(Arrays.asList(params.toArray()));
    }

    /**
     * {@return a call of {@code method} with positional parameters}
     *
     * @param method the method
     * @param params its parameters
     */
    public static RpcCall of(String method, Object... params) {
        return new RpcCall(method, Arrays.asList(params));
    }
}
