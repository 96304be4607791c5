package io.yuma.bench;

import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngine;
import io.yuma.batch.SubnetBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Runs an engine over a set of subnets for a while on N threads and reports epochs per second
 * and the latency of every call. The subnets are packed into batches of
 * {@link HarnessSettings#subnetsPerCall} ("calls"); thread {@code t} runs calls {@code t},
 * {@code t + N}, ... over and over, each into results of its own that it reuses, so a warm
 * thread allocates nothing the engine does not. With fewer calls than threads, threads share
 * calls (batches are read-only; the results are still each thread's own).
 *
 * <p>Each thread keeps its own HdrHistogram (no sharing on the timed path); they are merged at
 * the end. The engine must be thread-safe, as {@link YumaEngine} requires; open it with one
 * worker thread to have the harness's threads be the only parallelism.
 */
public final class ThroughputHarness {
    private ThroughputHarness() {
    }

    /**
     * Measures {@code engine} on {@code subnets}.
     *
     * @param engine the engine, left open
     * @param subnets the subnets, cycled through by every thread
     * @param settings threads, subnets per call, warm-up and timed durations
     * @return the measurement
     * @throws IllegalArgumentException when there are no subnets
     * @throws InterruptedException when interrupted while waiting for the threads
     * @throws RuntimeException whatever the engine threw on any thread
     */
    public static HarnessReport run(YumaEngine engine, List<EpochInput> subnets, HarnessSettings settings)
            throws InterruptedException {
        if (subnets.isEmpty()) {
            throw new IllegalArgumentException("no subnets to run");
        }
        List<SubnetBatch> calls = pack(subnets, settings.subnetsPerCall());
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(),
                task -> new Thread(task, "yuma-harness-" + names.incrementAndGet()));
        WarmupGate gate = new WarmupGate();
        try {
            long start = System.nanoTime();
            List<Future<HarnessWorker>> running = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                running.add(pool.submit(new HarnessWorker(engine, assigned(calls, t, settings.threads()), gate)));
            }
            gate.await(start, settings.warmup(), settings.measure());
            return merge(engine.name(), settings, gate.warmupNanos(), running);
        } finally {
            gate.release(); // threads still warming up (an interrupted wait) stop after their call
            pool.shutdownNow();
            pool.close(); // waits for the workers, so no batch is closed under one
            calls.forEach(SubnetBatch::close);
        }
    }

    private static List<SubnetBatch> pack(List<EpochInput> subnets, int perCall) {
        List<SubnetBatch> calls = new ArrayList<>();
        try {
            for (int from = 0; from < subnets.size(); from += perCall) {
                calls.add(SubnetBatch.of(subnets.subList(from, Math.min(subnets.size(), from + perCall))));
            }
        } catch (RuntimeException e) {
            calls.forEach(SubnetBatch::close);
            throw e;
        }
        return calls;
    }

    /** Thread {@code t}'s calls: every {@code threads}-th from {@code t}, wrapping when calls are fewer than threads. */
    private static List<SubnetBatch> assigned(List<SubnetBatch> calls, int t, int threads) {
        List<SubnetBatch> mine = new ArrayList<>();
        for (int c = t; c < Math.max(calls.size(), threads); c += threads) {
            mine.add(calls.get(c % calls.size()));
        }
        return mine;
    }

    private static HarnessReport merge(String engine, HarnessSettings settings, long warmupNanos,
            List<Future<HarnessWorker>> running) throws InterruptedException {
        Histogram latency = new Histogram(HarnessWorker.SIGNIFICANT_DIGITS);
        long calls = 0;
        long epochs = 0;
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;
        for (Future<HarnessWorker> future : running) {
            HarnessWorker worker = joined(future);
            latency.add(worker.latency());
            calls += worker.calls();
            epochs += worker.epochs();
            firstStart = Math.min(firstStart, worker.firstStart());
            lastEnd = Math.max(lastEnd, worker.lastEnd());
        }
        return new HarnessReport(engine, settings, warmupNanos, calls, epochs, lastEnd - firstStart, latency);
    }

    private static HarnessWorker joined(Future<HarnessWorker> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("harness thread failed: " + cause, cause);
        }
    }
}
