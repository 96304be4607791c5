package io.yuma.simd;

import io.yuma.api.CloseGuard;
import io.yuma.api.EngineOptions;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SIMD engine: {@link SubnetKernel} over off-heap batches, subnets spread over a fixed pool
 * of worker threads (each with its own kernel and workspace), data-parallel divisions on
 * {@code jdk.incubator.vector} lanes. Thread-safe; {@link #close()} stops the workers, after which
 * the engine refuses work.
 */
public final class SimdEngine implements YumaEngine {
    /** The name engines are looked up by. */
    public static final String NAME = "simd";

    private final int threads;
    private final ExecutorService workers;
    private final ThreadLocal<SubnetKernel> kernels = ThreadLocal.withInitial(SubnetKernel::new);
    private final CloseGuard guard = new CloseGuard(() -> "engine " + NAME);

    SimdEngine(EngineOptions options) {
        this.threads = options.threads();
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "yuma-simd-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@return the worker threads used across subnets} */
    public int threads() {
        return threads;
    }

    @Override
    public EpochResult run(EpochInput input) {
        Objects.requireNonNull(input, "input");
        guard.checkOpen();
        try (SubnetBatch batch = SubnetBatch.ofThreadConfined(List.of(input));
                BatchResults results = new BatchResults(batch)) {
            kernels.get().compute(batch, 0, results);
            return results.result(0);
        }
    }

    @Override
    public List<EpochResult> runAll(List<EpochInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        guard.checkOpen();
        // One worker or one subnet computes on this thread: its memory then needs no sharing.
        boolean here = threads == 1 || inputs.size() < 2;
        try (SubnetBatch batch = here ? SubnetBatch.ofThreadConfined(inputs) : SubnetBatch.of(inputs);
                BatchResults results = runBatch(batch)) {
            return results.results();
        }
    }

    /**
     * Computes every subnet of the batch; subnets are claimed by the workers in order, so large
     * and small subnets mix without a static partition.
     */
    @Override
    public void runBatchInto(SubnetBatch batch, BatchResults results) {
        Objects.requireNonNull(results, "results").checkUsableFor(batch);
        guard.checkOpen();
        if (threads == 1 || batch.subnets() < 2 || batch.threadConfined()) {
            SubnetKernel kernel = kernels.get();
            for (int s = 0; s < batch.subnets(); s++) {
                kernel.compute(batch, s, results);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            running.add(workers.submit(() -> {
                SubnetKernel kernel = kernels.get();
                for (int s = next.getAndIncrement(); s < batch.subnets(); s = next.getAndIncrement()) {
                    kernel.compute(batch, s, results);
                }
            }));
        }
        try {
            for (Future<?> task : running) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a subnet failed: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the workers; later work is refused. */
    @Override
    public void close() {
        if (guard.close()) {
            workers.shutdownNow();
        }
    }
}
