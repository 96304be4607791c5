package io.yuma.bench;

import org.HdrHistogram.Histogram;

/**
 * What {@link ThroughputHarness} measured: counts over the timed window of all threads together
 * and the latency of every timed call, in nanoseconds, merged from the threads' histograms.
 *
 * @param engine the engine's name
 * @param settings how it ran
 * @param warmupNanos how long the threads warmed up: the settings' warm-up, or longer while the
 *     JIT was still compiling ({@link WarmupGate})
 * @param calls calls timed, all threads together
 * @param epochs subnet epochs those calls computed
 * @param elapsedNanos from the first thread's first timed call to the last thread's last one end
 * @param latency every timed call's duration in nanoseconds; owned by this report, do not change it
 */
public record HarnessReport(String engine, HarnessSettings settings, long warmupNanos, long calls, long epochs,
        long elapsedNanos, Histogram latency) {
    /**
     * Epochs per second over the timed window, all threads together.
     *
     * @return the rate, 0 when no time passed
     */
    public double epochsPerSecond() {
        return elapsedNanos == 0 ? 0 : epochs * 1e9 / elapsedNanos;
    }

    /**
     * Mean time of one call, in microseconds.
     *
     * @return the mean call latency
     */
    public double meanCallMicros() {
        return latency.getMean() / 1e3;
    }

    /**
     * Mean time of one epoch within a call (call time over the subnets per call), in nanoseconds.
     *
     * @return the mean time per epoch
     */
    public double meanEpochNanos() {
        return latency.getMean() / settings.subnetsPerCall();
    }

    /**
     * The call latency at a percentile, in microseconds.
     *
     * @param percentile 0 to 100
     * @return the latency at that percentile
     */
    public double percentileMicros(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1e3;
    }

    /**
     * The longest call, in microseconds.
     *
     * @return the maximum call latency
     */
    public double maxMicros() {
        return latency.getMaxValue() / 1e3;
    }

    /**
     * One line: throughput, then call latency percentiles in microseconds.
     *
     * @return the line, without a line break
     */
    public String summary() {
        return String.format("%s: %,d epochs in %,d calls on %d thread(s) after %.1f s of warm-up, %.1f epochs/s; "
                + "call latency us: mean %.1f, p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f", engine, epochs, calls,
                settings.threads(), warmupNanos / 1e9, epochsPerSecond(), meanCallMicros(), percentileMicros(50),
                percentileMicros(90), percentileMicros(99), percentileMicros(99.9), maxMicros());
    }
}
