package io.yuma.cuda;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.YumaEngine;
import io.yuma.api.YumaEngineProvider;

/**
 * Registers the {@link CudaEngine}. Availability is probed once per JVM (JCuda's native
 * libraries, a CUDA device, the kernel PTX matching its sources; see {@link Devices}) and never
 * throws: without a GPU the engine is simply unavailable, with the reason.
 *
 * <p>Its priority is below the SIMD engine's: the kernels have been checked bit for bit on the CPU
 * (the same sources compiled by g++) but not yet on a GPU, so {@code openBest} does not pick them
 * unless asked ({@code -Dyuma.engine=cuda}, {@link io.yuma.api.YumaProperties#ENGINE}).
 */
public final class CudaEngineProvider implements YumaEngineProvider {
    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public CudaEngineProvider() {
    }

    @Override
    public String name() {
        return CudaEngine.NAME;
    }

    @Override
    public int priority() {
        return 5;
    }

    @Override
    public Availability availability() {
        return Devices.availability();
    }

    @Override
    public YumaEngine create(EngineOptions options) {
        return new CudaEngine(Devices.open());
    }
}
