/**
 * The SIMD engine, {@code simd}, on the Vector API. On the module path this module's
 * requirement resolves {@code jdk.incubator.vector} by itself; on the class path the JVM needs
 * {@code --add-modules jdk.incubator.vector}, and without it the engine reports itself
 * unavailable. Reached through {@link io.yuma.api.Engines}; it exports nothing.
 *
 * @provides io.yuma.api.YumaEngineProvider the {@code simd} engine
 */
module io.yuma.engine.simd {
    requires io.yuma.engine.api;
    requires jdk.incubator.vector;

    provides io.yuma.api.YumaEngineProvider with io.yuma.simd.SimdEngineProvider;
}
