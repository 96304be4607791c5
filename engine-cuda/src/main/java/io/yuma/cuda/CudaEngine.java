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
 * they are. Batches larger than the device memory budget go in several launches, one slice of
 * consecutive subnets each.
 *
 * <p>Thread-safe: calls are serialized on the one device. {@link #close()} frees the device memory
 * and releases the context; a closed engine refuses work with an {@link IllegalStateException}.
 *
 * <p>The engine runs on whatever {@link EpochDevice} it is given: the provider gives it the GPU
 * (JCuda's driver API); tests and the device harness's {@code --emulate} dry run give it the g++
 * build of the same kernels, which lives with them, not here.
 */
public final class CudaEngine implements YumaEngine {
    /** The name engines are looked up by. */
    public static final String NAME = "cuda";

    private final EpochDevice device;
    private final SlicePlanner planner;
    private final HostStaging staging = new HostStaging();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile BatchTimings last = BatchTimings.NONE;
    private volatile boolean closed;

    /**
     * An engine on {@code device}, which it owns from now on and closes with itself.
     *
     * @param device the GPU, or in tests and dry runs the CPU build of the kernels
     */
    CudaEngine(EpochDevice device) {
        this.device = device;
        this.planner = new SlicePlanner(device.memoryBudget(), device.threads(), device.maxBlocks());
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The device and how it is used, in one line.
     *
     * @return the device's name and launch settings (or the emulator's, saying it is not a GPU)
     */
    public String describe() {
        return device.describe();
    }

    /**
     * Where the time of the last batch (or single run) went.
     *
     * @return the timings, {@link BatchTimings#NONE} before the first run
     */
    public BatchTimings lastTimings() {
        return last;
    }

    @Override
    public EpochResult run(EpochInput input) {
        requireOpen();
        try (SubnetBatch batch = SubnetBatch.of(List.of(input)); BatchResults results = runBatch(batch)) {
            return results.result(0);
        }
    }

    @Override
    public List<EpochResult> runAll(List<EpochInput> inputs) {
        requireOpen();
        try (SubnetBatch batch = SubnetBatch.of(inputs); BatchResults results = runBatch(batch)) {
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
            requireOpen();
            long started = System.nanoTime();
            BatchTimings timings = BatchTimings.NONE;
            for (SlicePlanner.Launch launch : planner.plan(batch)) {
                ArenaLayout layout = new ArenaLayout(launch.slice(), device.threads(), launch.blocks());
                List<Transfer> outputs = SliceTransfers.outputs(results, layout, staging);
                timings = timings.plus(device.execute(layout, SliceTransfers.inputs(batch, layout), outputs));
                SubnetSlice slice = launch.slice();
                SliceResults.checkStatus(slice, staging.status(layout.bytes(Slot.OUT_STATUS)), batch);
                SliceResults.copyBonds(slice, staging.bonds(layout.bytes(Slot.OUT_BONDS)), batch, results);
            }
            last = timings.withTotal(System.nanoTime() - started);
        } finally {
            lock.unlock();
        }
    }

    /** Frees the device and the host staging buffers; closing again does nothing. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                device.close();
                staging.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Checked under the lock before any work; {@code run} and {@code runAll} also check before packing. */
    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("engine " + NAME + " is closed: open a new one to run more epochs");
        }
    }
}
