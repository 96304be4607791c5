package io.yuma.simd;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.YumaEngine;
import io.yuma.api.YumaEngineProvider;

/**
 * Registers the {@link SimdEngine}. Like Lucene's vectorization provider, it checks that
 * {@code jdk.incubator.vector} is readable before touching any class that uses it, and says how
 * to fix it when not.
 */
public final class SimdEngineProvider implements YumaEngineProvider {
    @Override
    public String name() {
        return SimdEngine.NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Availability availability() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return Availability.no("the Vector API module is not enabled: run java with --add-modules jdk.incubator.vector");
        }
        return Availability.yes("Vector API, " + Lanes.lanes() + " x 64-bit lanes");
    }

    @Override
    public YumaEngine create(EngineOptions options) {
        Availability availability = availability();
        if (!availability.available()) {
            throw new IllegalStateException("engine simd is not available: " + availability.reason());
        }
        return new SimdEngine(options);
    }
}
