package io.yuma.bench;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.util.List;

/**
 * One engine over one off-heap batch, with results reused from call to call: what a benchmark
 * invocation runs. Once warm a call allocates nothing on engines whose batch path does not, so
 * the time measured is the epoch's, not the allocator's. Not thread-safe: one per thread.
 */
public final class BatchRun implements AutoCloseable {
    private final YumaEngine engine;
    private final SubnetBatch batch;
    private final BatchResults results;

    private BatchRun(YumaEngine engine, SubnetBatch batch) {
        this.engine = engine;
        this.batch = batch;
        this.results = new BatchResults(batch);
    }

    /**
     * Opens {@code engine} with {@code threads} workers and packs {@code subnets} into a batch.
     *
     * @param engine the engine's name
     * @param threads the engine's worker threads
     * @param subnets the subnets one call computes
     * @return the run, owning the engine and the batch; close it
     * @throws IllegalArgumentException for an unknown engine name
     * @throws IllegalStateException when the engine is not available here
     */
    public static BatchRun open(String engine, int threads, List<EpochInput> subnets) {
        YumaEngine opened = Engines.open(engine, new EngineOptions(threads));
        try {
            return new BatchRun(opened, SubnetBatch.of(subnets));
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * Computes every subnet of the batch into the reused results, and returns them.
     *
     * @return the results, the same object on every call
     */
    public BatchResults run() {
        engine.runBatchInto(batch, results);
        return results;
    }

    /**
     * Number of subnets one {@link #run} computes.
     *
     * @return the batch's subnets
     */
    public int subnets() {
        return batch.subnets();
    }

    @Override
    public void close() {
        results.close();
        batch.close();
        engine.close();
    }
}
