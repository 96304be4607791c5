package io.yuma.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import org.junit.jupiter.api.Test;

/** The reference engine says it traces, names a null input, and refuses work once closed. */
class ReferenceEngineTest {
    private static final EpochInput EMPTY = EpochInput.chainDefaults().build();

    @Test
    void tracesAndSaysSo() {
        try (ReferenceEngine engine = new ReferenceEngine()) {
            assertTrue(engine.supportsTrace());
            EpochInput one = EpochInput.chainDefaults().n(1).alphaStake(new long[] {1}).taoStake(new long[1])
                    .lastUpdate(new long[1]).blockAtRegistration(new long[1]).validatorPermit(new boolean[1])
                    .commitBlock(new long[1]).weights(SparseMatrix.empty(1)).bonds(SparseMatrix.empty(1)).build();
            assertNotNull(engine.runTraced(one).trace());
        }
    }

    @Test
    void aClosedEngineRefusesWork() {
        ReferenceEngine engine = new ReferenceEngine();
        engine.run(EMPTY);
        engine.close();
        assertEquals("engine reference is closed",
                assertThrows(IllegalStateException.class, () -> engine.run(EMPTY)).getMessage());
        assertEquals("engine reference is closed",
                assertThrows(IllegalStateException.class, () -> engine.runTraced(EMPTY)).getMessage());
    }

    @Test
    void aNullInputIsNamed() {
        try (ReferenceEngine engine = new ReferenceEngine()) {
            assertEquals("input", assertThrows(NullPointerException.class, () -> engine.run(null)).getMessage());
        }
    }
}
