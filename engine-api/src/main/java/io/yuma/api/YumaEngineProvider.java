package io.yuma.api;

/**
 * The service-provider interface engines register with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.yuma.api.YumaEngineProvider}). Providers are cheap to construct:
 * they check availability without loading heavy classes, and build engines on demand.
 */
public interface YumaEngineProvider {

    /** The engine's name (lower case, unique). */
    String name();

    /** Preference when picking the best available engine: higher wins. */
    int priority();

    /** Whether the engine can run in this JVM on this machine, and if not, why. */
    Availability availability();

    /**
     * Creates an engine.
     *
     * @throws IllegalStateException when the engine is not available, with the reason
     */
    YumaEngine create(EngineOptions options);
}
