package io.yuma.chain.rpc;

import java.time.Duration;

/**
 * How the client talks to a node.
 *
 * @param timeout how long one request (or batch) may take before it counts as a failed attempt
 * @param maxAttempts how many attempts a request gets, the first included, when the transport
 *     fails, times out or the node answers HTTP 5xx or 429
 * @param initialBackoff the wait before the first retry; each next retry waits twice as long
 * @param maxBackoff the longest wait between retries
 * @param maxInFlight how many requests (or batches) may be awaiting an answer at once
 */
public record RpcOptions(Duration timeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
        int maxInFlight) {
    /** Checks the values. */
    public RpcOptions {
        if (timeout.isNegative() || timeout.isZero() || maxAttempts < 1 || initialBackoff.isNegative()
                || maxBackoff.compareTo(initialBackoff) < 0 || maxInFlight < 1) {
            throw new IllegalArgumentException("RPC options need a positive timeout, at least one attempt, "
                    + "0 <= initial backoff <= max backoff and at least one request in flight: " + this);
        }
    }

    /** {@return 30 s a request, 5 attempts, backoff from 250 ms to 8 s, 8 requests in flight} */
    public static RpcOptions defaults() {
        return new RpcOptions(Duration.ofSeconds(30), 5, Duration.ofMillis(250), Duration.ofSeconds(8), 8);
    }

    /**
     * {@return these options with another timeout}
     *
     * @param value the timeout of one request
     */
    public RpcOptions withTimeout(Duration value) {
        return new RpcOptions(value, maxAttempts, initialBackoff, maxBackoff, maxInFlight);
    }

    /**
     * {@return these options with another number of attempts and backoff}
     *
     * @param attempts attempts a request gets, the first included
     * @param initial the wait before the first retry
     * @param max the longest wait
     */
    public RpcOptions withRetries(int attempts, Duration initial, Duration max) {
        return new RpcOptions(timeout, attempts, initial, max, maxInFlight);
    }

    /**
     * {@return these options with another cap on requests in flight}
     *
     * @param value how many requests may await an answer at once
     */
    public RpcOptions withMaxInFlight(int value) {
        return new RpcOptions(timeout, maxAttempts, initialBackoff, maxBackoff, value);
    }
}
