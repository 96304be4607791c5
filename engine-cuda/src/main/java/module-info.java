/**
 * The CUDA engine, {@code cuda}: PTX kernels launched through JCuda's driver API. Reached
 * through {@link io.yuma.api.Engines}; it exports nothing (the device harness, which reads the
 * engine's timings, runs on the class path).
 *
 * @provides io.yuma.api.YumaEngineProvider the {@code cuda} engine
 */
module io.yuma.engine.cuda {
    requires io.yuma.engine.api;
    // JCuda's jar has no module descriptor and no Automatic-Module-Name: its module name comes
    // from the file name, jcuda-12.6.0.jar.
    requires jcuda;

    provides io.yuma.api.YumaEngineProvider with io.yuma.cuda.CudaEngineProvider;
}
