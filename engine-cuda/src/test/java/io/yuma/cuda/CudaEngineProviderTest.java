package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
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
        assumeFalse(availability.available(), "a GPU is here: nothing to check about its absence");
        assertTrue(availability.reason().startsWith("no CUDA driver / no device: "), availability.reason());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Engines.open("cuda", EngineOptions.defaults()));
        assertTrue(refused.getMessage().contains(availability.reason()));
    }
}
