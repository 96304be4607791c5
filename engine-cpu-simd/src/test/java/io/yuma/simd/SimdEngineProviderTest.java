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
    /** Skips, printing why, when the Vector API module is not enabled in this execution. */
    private static void assumeVectorModule(String reason) {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!present) {
            System.out.println("skipped: " + reason);
        }
        assumeTrue(present, reason);
    }

    @Test
    void availableWithTheVectorModuleAndNamesItsLanes() {
        assumeVectorModule("this execution runs without jdk.incubator.vector; SimdWithoutVectorModuleTest covers it");
        Availability availability = new SimdEngineProvider().availability();
        assertTrue(availability.available(), availability.reason());
        assertTrue(availability.reason().contains(Lanes.lanes() + " x 64-bit lanes"), availability.reason());
    }

    @Test
    void serviceLoaderFindsItByName() {
        assumeVectorModule("this execution runs without jdk.incubator.vector");
        try (YumaEngine engine = Engines.open("simd", new EngineOptions(2))) {
            assertEquals("simd", engine.name());
            assertEquals(2, ((SimdEngine) engine).threads());
        }
    }
}
