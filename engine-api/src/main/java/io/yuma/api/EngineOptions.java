package io.yuma.api;

/**
 * Settings an engine is created with.
 *
 * @param threads worker threads for work across subnets (at least 1)
 */
public record EngineOptions(int threads) {
    /** Checks the thread count. */
    public EngineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** One thread per available processor, or the {@code yuma.threads} system property. */
    public static EngineOptions defaults() {
        String configured = System.getProperty("yuma.threads");
        return new EngineOptions(configured != null ? Integer.parseInt(configured)
                : Runtime.getRuntime().availableProcessors());
    }
}
