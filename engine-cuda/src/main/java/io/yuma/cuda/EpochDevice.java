package io.yuma.cuda;

import java.util.List;

/**
 * Something that runs the epoch kernel over an arena: the GPU through JCuda's driver API
 * ({@link JCudaDevice}), or, in tests and the device harness's dry run, the same kernel code
 * compiled for the CPU (the emulator in this module's test sources), which is how this engine is
 * checked where there is no GPU. {@link CudaEngine} takes one through its package-private
 * constructor. Not thread-safe; the engine serializes calls.
 */
interface EpochDevice extends AutoCloseable {
    /**
     * One line for availability messages and reports.
     *
     * @return the device and what it runs
     */
    String describe();

    /**
     * Threads per block to launch with.
     *
     * @return at least 1, at most {@link DeviceSettings#MAX_THREADS}
     */
    int threads();

    /**
     * Blocks per launch at most.
     *
     * @return at least 1
     */
    int maxBlocks();

    /**
     * The arena bytes one launch's slice of subnets may take.
     *
     * @return the budget the engine plans its slices against
     */
    long memoryBudget();

    /**
     * Copies the argument table and {@code inputs} into an arena laid out as {@code layout},
     * launches the kernel with {@code layout.blocks()} blocks of {@code layout.threads()} threads,
     * and copies the {@code outputs} back.
     *
     * @param layout where every slot lives in the arena, and the argument table
     * @param inputs the host memory each {@code IN_*} slot is filled from
     * @param outputs the host memory each {@code OUT_*} slot is copied into
     * @return how long each part took
     */
    LaunchTimings execute(ArenaLayout layout, List<Transfer> inputs, List<Transfer> outputs);

    /** Frees the device memory and whatever else the device holds. */
    @Override
    void close();
}
