package io.yuma.cuda;

import java.util.List;

/**
 * Something that runs the epoch kernel over an arena: the GPU through JCuda's driver API
 * ({@link JCudaDevice}), or the same kernel code compiled for the CPU ({@link EmulatorDevice}),
 * which is how this engine is tested where there is no GPU. Not thread-safe; the engine
 * serializes calls.
 */
interface EpochDevice extends AutoCloseable {
    /** One line for availability messages and reports: the device and what it runs. */
    String describe();

    /** Threads per block to launch with. */
    int threads();

    /** Blocks per launch at most. */
    int maxBlocks();

    /** Arena bytes a chunk may take. */
    long memoryBudget();

    /**
     * Copies the argument table and {@code inputs} into an arena laid out as {@code layout},
     * launches the kernel with {@code layout.blocks()} blocks of {@code layout.threads()} threads,
     * and copies the {@code outputs} back.
     *
     * @return how long each part took
     */
    ChunkTimings execute(ArenaLayout layout, List<Transfer> inputs, List<Transfer> outputs);

    @Override
    void close();
}
