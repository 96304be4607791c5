package io.yuma.chain.rpc;

import java.time.Duration;
import java.util.List;

/** Carries one JSON-RPC request body (an object or a batch array) to the node and its answer back. */
interface Transport extends AutoCloseable {
    /**
     * Sends {@code body} and waits for its answer.
     *
     * @param body the JSON text
     * @param ids the ids of the calls it holds, to match the answer on a shared connection
     * @param timeout how long to wait
     * @return the answer's JSON text
     * @throws TransportFailure when no answer came (retryable or not)
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    String exchange(String body, List<Long> ids, Duration timeout) throws TransportFailure, InterruptedException;

    @Override
    void close();

    /** Why a request got no answer, and whether trying again may help. */
    final class TransportFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean retryable;

        TransportFailure(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }
}
