package io.yuma.api;

/**
 * Settings an engine is created with.
 *
 * @param threads worker threads for work across subnets (at least 1)
 */
public record EngineOptions(int threads) {
    /**
     * Checks the thread count.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public EngineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /**
     * {@return one thread per available processor, or the count {@value YumaProperties#THREADS} gives}
     *
     * @throws IllegalArgumentException when {@value YumaProperties#THREADS} is not a whole number of
     *     at least 1
     */
    public static EngineOptions defaults() {
        return new EngineOptions(YumaProperties.threads());
    }
}
