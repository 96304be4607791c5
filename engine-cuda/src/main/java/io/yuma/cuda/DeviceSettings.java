package io.yuma.cuda;

/**
 * How the engine uses its device, from system properties: {@code yuma.cuda.threads} (threads per
 * block, at most 256), {@code yuma.cuda.blocks} (blocks per launch; 0 picks for the device),
 * {@code yuma.cuda.memory} (arena bytes per chunk; 0 picks for the device), {@code yuma.cuda.device}
 * (the device ordinal).
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
            throw new IllegalArgumentException("yuma.cuda.threads must be in 1.." + MAX_THREADS + ", was " + threads);
        }
        if (blocks < 0 || memoryBytes < 0 || ordinal < 0) {
            throw new IllegalArgumentException("yuma.cuda.blocks, yuma.cuda.memory and yuma.cuda.device must not be"
                    + " negative; were " + blocks + ", " + memoryBytes + ", " + ordinal);
        }
    }

    /** The settings the system properties give, with these defaults. */
    static DeviceSettings fromProperties(int defaultThreads, int defaultBlocks, long defaultMemory) {
        return new DeviceSettings(intProperty("yuma.cuda.threads", defaultThreads),
                intProperty("yuma.cuda.blocks", defaultBlocks),
                Long.parseLong(System.getProperty("yuma.cuda.memory", Long.toString(defaultMemory)).trim()),
                intProperty("yuma.cuda.device", 0));
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, was '" + value + "'", e);
        }
    }
}
