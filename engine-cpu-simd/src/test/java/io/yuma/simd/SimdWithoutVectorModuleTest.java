package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own surefire execution without {@code --add-modules jdk.incubator.vector}: the
 * engine must report itself unavailable with the fix, and refuse to be created, never crash.
 */
class SimdWithoutVectorModuleTest {
    @Test
    void unavailableWithTheFixInTheReason() {
        String reason = "the Vector API module is enabled in this execution; the without-vector-module execution runs this test";
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (present) {
            System.out.println("skipped: " + reason);
        }
        assumeFalse(present, reason);
        SimdEngineProvider provider = new SimdEngineProvider();
        Availability availability = provider.availability();
        assertFalse(availability.available());
        assertTrue(availability.reason().contains("--add-modules jdk.incubator.vector"), availability.reason());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> provider.create(new EngineOptions(1)));
        assertTrue(refused.getMessage().contains("not available"), refused.getMessage());
    }
}
