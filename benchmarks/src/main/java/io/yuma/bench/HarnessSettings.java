package io.yuma.bench;

import java.time.Duration;

/**
 * How {@link ThroughputHarness} runs.
 *
 * @param threads caller threads, each timing its own calls (at least 1)
 * @param subnetsPerCall subnets each call computes, in one off-heap batch (at least 1); with 1,
 *     each latency is one epoch's
 * @param warmup time each thread runs before it starts timing, and longer while the JIT is still
 *     compiling (up to three times as long, {@link WarmupGate}); it makes at least one call
 * @param measure time each thread times calls for; it times at least one call
 */
public record HarnessSettings(int threads, int subnetsPerCall, Duration warmup, Duration measure) {
    /** Checks the values. */
    public HarnessSettings {
        if (threads < 1 || subnetsPerCall < 1) {
            throw new IllegalArgumentException("threads and subnetsPerCall must be at least 1, got threads=" + threads
                    + " subnetsPerCall=" + subnetsPerCall);
        }
        if (warmup.isNegative() || measure.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative, got warmup=" + warmup
                    + " measure=" + measure);
        }
    }
}
