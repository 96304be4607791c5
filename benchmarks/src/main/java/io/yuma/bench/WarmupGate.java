package io.yuma.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * When the harness threads stop warming up and start timing: after the warm-up time, and then
 * only once the JIT has compiled nothing for {@link #QUIET} (its total compilation time read
 * every {@link #POLL}), or at the latest after {@link #STRETCH} times the warm-up. On a machine
 * with few cores the JIT can still be compiling the kernels when a fixed warm-up ends (C2 alone
 * takes longer to get there), and the first timed calls would then measure compiled code in the
 * making. A zero warm-up stays zero.
 */
final class WarmupGate {
    /** How long the JIT must have been idle. */
    static final Duration QUIET = Duration.ofMillis(500);
    /** How often its compilation time is read. */
    static final Duration POLL = Duration.ofMillis(100);
    /** The longest warm-up, as a multiple of the one asked for. */
    static final int STRETCH = 3;

    private volatile long measureEnd;
    private volatile long warmupNanos;

    /** {@return whether the threads are still warming up} */
    boolean warming() {
        return measureEnd == 0;
    }

    /** {@return when timing ends, in {@link System#nanoTime} terms}; valid once {@link #warming} is false */
    long measureEnd() {
        return measureEnd;
    }

    /** {@return how long the warm-up lasted} */
    long warmupNanos() {
        return warmupNanos;
    }

    /**
     * Waits out the warm-up on the calling thread, then lets the threads time their calls for
     * {@code measure}.
     *
     * @param start when the threads started
     * @param warmup the warm-up asked for
     * @param measure how long to time calls
     * @throws InterruptedException when interrupted while waiting
     */
    void await(long start, Duration warmup, Duration measure) throws InterruptedException {
        long asked = warmup.toNanos();
        sleepUntil(start + asked);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (asked > 0 && jit != null && jit.isCompilationTimeMonitoringSupported()) {
            long latest = start + asked * STRETCH;
            long compiled = jit.getTotalCompilationTime();
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < QUIET.toNanos() && System.nanoTime() < latest) {
                Thread.sleep(POLL);
                long now = jit.getTotalCompilationTime();
                if (now != compiled) {
                    compiled = now;
                    quietSince = System.nanoTime();
                }
            }
        }
        long now = System.nanoTime();
        warmupNanos = now - start;
        measureEnd = now + Math.max(1, measure.toNanos());
    }

    /** Ends the warm-up now, with no time to measure, if it has not ended: the threads then stop. */
    void release() {
        if (measureEnd == 0) {
            measureEnd = System.nanoTime();
        }
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
