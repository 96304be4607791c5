package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import org.junit.jupiter.api.Test;

/** The provider is found by name and reports, never throws, whether a GPU is here. */
class CudaEngineProviderTest {
    @Test
    void registeredUnderItsName() {
        assertEquals(CudaEngineProvider.class, Engines.provider("cuda").getClass());
    }

    @Test
    void unavailableWithoutAGpuSaysWhy() {
        Availability availability = new CudaEngineProvider().availability();
        System.err.println("cuda engine here: " + (availability.available() ? "available, " : "unavailable, ")
                + availability.reason());
        assumeFalse(availability.available(), "a GPU (or the emulator) is here: nothing to check about its absence");
        assertTrue(availability.reason().startsWith("no CUDA driver / no device: "), availability.reason());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Engines.open("cuda", EngineOptions.defaults()));
        assertTrue(refused.getMessage().contains(availability.reason()));
    }

    @Test
    void emulatorPropertyMakesItAvailableAndSaysItIsNotAGpu() {
        String before = System.getProperty(Devices.EMULATOR_PROPERTY);
        System.setProperty(Devices.EMULATOR_PROPERTY, HostBuild.emulator().toString());
        try (YumaEngine engine = new CudaEngineProvider().create(EngineOptions.defaults())) {
            Availability availability = new CudaEngineProvider().availability();
            assertTrue(availability.available());
            assertTrue(availability.reason().contains("not a GPU"), availability.reason());
            assertTrue(((CudaEngine) engine).describe().contains("not a GPU"));
        } finally {
            if (before == null) {
                System.clearProperty(Devices.EMULATOR_PROPERTY);
            } else {
                System.setProperty(Devices.EMULATOR_PROPERTY, before);
            }
        }
    }
}
