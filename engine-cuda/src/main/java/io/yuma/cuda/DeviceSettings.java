package io.yuma.cuda;

import io.yuma.api.YumaProperties;

/**
 * How the engine uses its device, from the system properties {@link YumaProperties} reads:
 * {@value YumaProperties#CUDA_THREADS} (threads per block, at most {@value #MAX_THREADS}),
 * {@value YumaProperties#CUDA_BLOCKS} (blocks per launch; 0 picks for the device),
 * {@value YumaProperties#CUDA_MEMORY} (arena bytes per chunk; 0 picks for the device),
 * {@value YumaProperties#CUDA_DEVICE} (the device ordinal).
 *
 * @param threads threads per block
 * @param blocks blocks per launch at most, or 0 for the device's choice
 * @param memoryBytes arena budget in bytes, or 0 for the device's choice
 * @param ordinal CUDA device ordinal
 */
record DeviceSettings(int threads, int blocks, long memoryBytes, int ordinal) {
    /** The most threads per block the kernel supports (MAX_THREADS in yuma_platform.cuh). */
    static final int MAX_THREADS = 256;

    /** Checks the values. */
    DeviceSettings {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException(YumaProperties.CUDA_THREADS + " must be in 1.." + MAX_THREADS + ", was "
                    + threads);
        }
        if (blocks < 0 || memoryBytes < 0 || ordinal < 0) {
            throw new IllegalArgumentException(YumaProperties.CUDA_BLOCKS + ", " + YumaProperties.CUDA_MEMORY + " and "
                    + YumaProperties.CUDA_DEVICE + " must not be negative; were " + blocks + ", " + memoryBytes + ", "
                    + ordinal);
        }
    }

    /** The settings the system properties give, with these defaults. */
    static DeviceSettings fromProperties(int defaultThreads, int defaultBlocks, long defaultMemory) {
        return new DeviceSettings(YumaProperties.cudaThreads(defaultThreads), YumaProperties.cudaBlocks(defaultBlocks),
                YumaProperties.cudaMemory(defaultMemory), YumaProperties.cudaDevice());
    }
}
