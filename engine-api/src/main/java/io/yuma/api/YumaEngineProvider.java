package io.yuma.api;

/**
 * The service-provider interface engines register with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.yuma.api.YumaEngineProvider}, or {@code provides} in a module
 * descriptor). Providers are cheap to construct: they check availability without loading heavy
 * classes, and build engines on demand. Applications open engines through {@link Engines}, which
 * checks availability before it calls {@link #create}.
 */
public interface YumaEngineProvider {

    /** {@return the engine's name (lower case, unique)} */
    String name();

    /** {@return the preference when picking the best available engine: higher wins} */
    int priority();

    /**
     * Says whether the engine can run in this JVM on this machine. Never throws: whatever is
     * missing (a module, a JIT compiler, a device) becomes the reason, with the fix where known.
     *
     * @return available with a note on what the engine will use, or not available with the reason
     */
    Availability availability();

    /**
     * Creates an engine. {@link Engines} calls this only after {@link #availability()} said the
     * engine can run, so a provider does not check it again.
     *
     * @param options the settings to create it with
     * @return a new engine, which the caller must close
     */
    YumaEngine create(EngineOptions options);
}
