package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.yuma.api.Availability;
import io.yuma.api.EngineChoice;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own surefire execution without {@code --add-modules jdk.incubator.vector}: the
 * engine must report itself unavailable with the fix, refuse to be opened, and {@code openBest}
 * must say (in its choice, which is its log line) why it passed the SIMD engine over.
 */
class SimdWithoutVectorModuleTest {
    private static final String FIX = "jdk.incubator.vector is not in the module graph: add --add-modules jdk.incubator.vector";

    @BeforeEach
    void onlyWithoutTheVectorModule() {
        String reason = "the Vector API module is enabled in this execution; the without-vector-module execution runs this test";
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (present) {
            System.out.println("skipped: " + reason);
        }
        assumeFalse(present, reason);
    }

    @Test
    void unavailableWithTheFixInTheReason() {
        Availability availability = new SimdEngineProvider().availability();
        assertFalse(availability.available());
        assertTrue(availability.reason().contains(FIX), availability.reason());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Engines.open("simd", new EngineOptions(1)));
        assertEquals("engine 'simd' is not available: " + availability.reason(), refused.getMessage());
    }

    @Test
    void openBestSaysWhyItPassedSimdOver() {
        EngineChoice choice = Engines.choose();
        assertEquals("reference", choice.chosen().name());
        assertTrue(choice.fellBack());
        EngineChoice.PassedOver simd = choice.passedOver().stream().filter(p -> p.name().equals("simd")).findFirst()
                .orElseThrow();
        assertEquals("not available: " + FIX, simd.reason());

        // openBest logs exactly describe() (EnginesTest checks that), as a warning since simd outranks reference
        assertTrue(choice.describe().contains("passed over: simd (not available: " + FIX + ")"), choice.describe());
        try (YumaEngine engine = Engines.openBest(new EngineOptions(1))) {
            assertEquals("reference", engine.name());
        }
    }
}
