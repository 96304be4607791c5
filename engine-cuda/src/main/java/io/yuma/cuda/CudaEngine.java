package io.yuma.cuda;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The CUDA engine: the epoch of a whole batch of subnets per kernel launch, one thread block per
 * subnet at a time ({@code kernels/yuma_epoch.cu}), on the batch's own off-heap layout: the
 * batch's columns are copied to the device as they are and the results' columns copied back as
 * they are. Batches larger than the device memory budget go in several chunks.
 *
 * <p>Thread-safe: calls are serialized on the one device. {@link #close()} frees the device memory
 * and releases the context.
 */
public final class CudaEngine implements YumaEngine {
    /** The name engines are looked up by. */
    public static final String NAME = "cuda";

    private final EpochDevice device;
    private final ChunkPlanner planner;
    private final HostStaging staging = new HostStaging();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile BatchTimings last = BatchTimings.NONE;

    CudaEngine(EpochDevice device) {
        this.device = device;
        this.planner = new ChunkPlanner(device.memoryBudget(), device.threads(), device.maxBlocks());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The device and how it is used, in one line. */
    public String describe() {
        return device.describe();
    }

    /** Where the time of the last batch (or single run) went. */
    public BatchTimings lastTimings() {
        return last;
    }

    @Override
    public EpochResult run(EpochInput input) {
        try (SubnetBatch batch = Packing.batch(List.of(input)); BatchResults results = runBatch(batch)) {
            return results.result(0);
        }
    }

    @Override
    public List<EpochResult> runAll(List<EpochInput> inputs) {
        try (SubnetBatch batch = Packing.batch(inputs); BatchResults results = runBatch(batch)) {
            return results.results();
        }
    }

    @Override
    public void runBatchInto(SubnetBatch batch, BatchResults results) {
        if (results.batch() != batch) {
            throw new IllegalArgumentException("results were allocated for another batch");
        }
        lock.lock();
        try {
            long started = System.nanoTime();
            BatchTimings timings = BatchTimings.NONE;
            for (ChunkPlanner.Launch launch : planner.plan(batch)) {
                ArenaLayout layout = new ArenaLayout(launch.chunk(), device.threads(), launch.blocks());
                List<Transfer> outputs = ChunkTransfers.outputs(results, layout, staging);
                timings = timings.plus(device.execute(layout, ChunkTransfers.inputs(batch, layout), outputs));
                Chunk chunk = launch.chunk();
                ChunkResults.checkStatus(chunk, staging.status(layout.bytes(Slot.OUT_STATUS)), batch);
                ChunkResults.copyBonds(chunk, staging.bonds(layout.bytes(Slot.OUT_BONDS)), batch, results);
            }
            last = timings.withTotal(System.nanoTime() - started);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            device.close();
            staging.close();
        } finally {
            lock.unlock();
        }
    }
}
