package io.yuma.api;

import java.util.Optional;

/**
 * Every system property the engines read, in one place, each parsed once with an error that
 * names the property, the value given and what was expected.
 *
 * <table>
 * <caption>System properties</caption>
 * <tr><th>property</th><th>meaning</th><th>default</th></tr>
 * <tr><td>{@value #ENGINE}</td><td>the engine {@link Engines#openBest} must open</td>
 *     <td>the available engine of highest priority</td></tr>
 * <tr><td>{@value #THREADS}</td><td>worker threads across subnets, at least 1
 *     ({@link EngineOptions#defaults()})</td><td>one per available processor</td></tr>
 * <tr><td>{@value #CUDA_THREADS}</td><td>CUDA threads per block, at least 1 (the cuda engine
 *     also caps it at the kernel's maximum)</td><td>the cuda engine's choice</td></tr>
 * <tr><td>{@value #CUDA_BLOCKS}</td><td>CUDA blocks per launch, 0 for the device's choice</td>
 *     <td>the cuda engine's choice</td></tr>
 * <tr><td>{@value #CUDA_MEMORY}</td><td>device arena budget in bytes, 0 for the device's
 *     choice</td><td>the cuda engine's choice</td></tr>
 * <tr><td>{@value #CUDA_DEVICE}</td><td>CUDA device ordinal</td><td>0</td></tr>
 * <tr><td>{@value #CUDA_EMULATOR}</td><td>path of the CPU emulator of the CUDA kernels, used
 *     instead of a GPU (for testing)</td><td>none: a GPU</td></tr>
 * </table>
 */
public final class YumaProperties {
    /** The engine {@link Engines#openBest} must open, by name. */
    public static final String ENGINE = "yuma.engine";
    /** Worker threads across subnets. */
    public static final String THREADS = "yuma.threads";
    /** CUDA threads per block. */
    public static final String CUDA_THREADS = "yuma.cuda.threads";
    /** CUDA blocks per launch (0: the device's choice). */
    public static final String CUDA_BLOCKS = "yuma.cuda.blocks";
    /** CUDA arena budget in bytes (0: the device's choice). */
    public static final String CUDA_MEMORY = "yuma.cuda.memory";
    /** CUDA device ordinal. */
    public static final String CUDA_DEVICE = "yuma.cuda.device";
    /** Path of the CPU emulator of the CUDA kernels, used instead of a GPU. */
    public static final String CUDA_EMULATOR = "yuma.cuda.emulator";

    private YumaProperties() {
    }

    /** {@return the engine name {@value #ENGINE} gives, trimmed, or empty when unset or blank} */
    public static Optional<String> engine() {
        String value = System.getProperty(ENGINE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * {@return the thread count {@value #THREADS} gives, or the number of available processors}
     *
     * @throws IllegalArgumentException when the value is not a whole number of at least 1
     */
    public static int threads() {
        return (int) whole(THREADS, Runtime.getRuntime().availableProcessors(), 1, Integer.MAX_VALUE);
    }

    /**
     * {@return CUDA threads per block from {@value #CUDA_THREADS}}
     *
     * @param fallback the value when the property is unset
     * @throws IllegalArgumentException when the value is not a whole number of at least 1
     */
    public static int cudaThreads(int fallback) {
        return (int) whole(CUDA_THREADS, fallback, 1, Integer.MAX_VALUE);
    }

    /**
     * {@return CUDA blocks per launch from {@value #CUDA_BLOCKS} (0: the device's choice)}
     *
     * @param fallback the value when the property is unset
     * @throws IllegalArgumentException when the value is not a whole number of at least 0
     */
    public static int cudaBlocks(int fallback) {
        return (int) whole(CUDA_BLOCKS, fallback, 0, Integer.MAX_VALUE);
    }

    /**
     * {@return the CUDA arena budget in bytes from {@value #CUDA_MEMORY} (0: the device's choice)}
     *
     * @param fallback the value when the property is unset
     * @throws IllegalArgumentException when the value is not a whole number of at least 0
     */
    public static long cudaMemory(long fallback) {
        return whole(CUDA_MEMORY, fallback, 0, Long.MAX_VALUE);
    }

    /**
     * {@return the CUDA device ordinal from {@value #CUDA_DEVICE}, 0 when unset}
     *
     * @throws IllegalArgumentException when the value is not a whole number of at least 0
     */
    public static int cudaDevice() {
        return (int) whole(CUDA_DEVICE, 0, 0, Integer.MAX_VALUE);
    }

    private static long whole(String name, long fallback, long min, long max) {
        String value = System.getProperty(name);
        if (value == null) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw bad(name, value, "of at least " + min, e);
        }
        if (parsed < min) {
            throw bad(name, value, "of at least " + min, null);
        }
        if (parsed > max) {
            throw bad(name, value, "of at most " + max, null);
        }
        return parsed;
    }

    private static IllegalArgumentException bad(String name, String value, String range, Exception cause) {
        return new IllegalArgumentException("system property " + name + " is '" + value + "'; expected a whole number "
                + range, cause);
    }
}
