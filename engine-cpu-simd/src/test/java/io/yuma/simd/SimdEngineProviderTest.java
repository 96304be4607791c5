package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import org.junit.jupiter.api.Test;

/** Discovery and availability of the SIMD engine when the Vector API module is enabled. */
class SimdEngineProviderTest {
    @Test
    void availableWithTheVectorModuleAndNamesItsLanes() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "this execution runs without jdk.incubator.vector; SimdWithoutVectorModuleTest covers it");
        Availability availability = new SimdEngineProvider().availability();
        assertTrue(availability.available(), availability.reason());
        assertTrue(availability.reason().contains(Lanes.lanes() + " x 64-bit lanes"), availability.reason());
    }

    @Test
    void serviceLoaderFindsItByName() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "this execution runs without jdk.incubator.vector");
        try (YumaEngine engine = Engines.open("simd", new EngineOptions(2))) {
            assertEquals("simd", engine.name());
            assertEquals(2, ((SimdEngine) engine).threads());
        }
    }
}
