package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SIMD engine does not trace, refuses results of another batch, and refuses work once closed. */
class SimdEngineLifecycleTest {
    private static EpochInput subnet(int n) {
        return EpochInput.chainDefaults().n(n).alphaStake(new long[n]).taoStake(new long[n]).lastUpdate(new long[n])
                .blockAtRegistration(new long[n]).validatorPermit(new boolean[n]).commitBlock(new long[n])
                .weights(SparseMatrix.empty(n)).bonds(SparseMatrix.empty(n)).build();
    }

    @BeforeEach
    void needsTheVectorModule() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "runs with the Vector API module");
    }

    @Test
    void computesAThreadConfinedBatchOnTheCallingThreadAsItDoesASharedOne() {
        List<EpochInput> inputs = List.of(subnet(3), subnet(5), subnet(4));
        try (SimdEngine engine = new SimdEngine(new EngineOptions(2));
                SubnetBatch shared = SubnetBatch.of(inputs);
                SubnetBatch confined = SubnetBatch.ofThreadConfined(inputs);
                BatchResults byWorkers = engine.runBatch(shared);
                BatchResults here = engine.runBatch(confined)) {
            assertEquals(byWorkers.results(), here.results());
            assertEquals(engine.runAll(inputs), byWorkers.results());
        }
    }

    @Test
    void doesNotTrace() {
        try (SimdEngine engine = new SimdEngine(new EngineOptions(1))) {
            assertFalse(engine.supportsTrace());
        }
    }

    @Test
    void refusesResultsOfAnotherBatch() {
        try (SimdEngine engine = new SimdEngine(new EngineOptions(2));
                SubnetBatch small = SubnetBatch.of(List.of(subnet(2)));
                SubnetBatch large = SubnetBatch.of(List.of(subnet(2), subnet(3), subnet(4)));
                BatchResults ofSmall = new BatchResults(small)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> engine.runBatchInto(large, ofSmall));
            assertEquals("these BatchResults were allocated for another batch (1 subnet, 2 uids), not for this one"
                    + " (3 subnets, 9 uids): allocate them with new BatchResults(batch) or engine.runBatch(batch)",
                    refused.getMessage());
        }
    }

    @Test
    void aClosedEngineRefusesWork() {
        SimdEngine engine = new SimdEngine(new EngineOptions(2));
        engine.run(subnet(2));
        engine.close();
        assertEquals("engine simd is closed",
                assertThrows(IllegalStateException.class, () -> engine.run(subnet(2))).getMessage());
        assertEquals("engine simd is closed",
                assertThrows(IllegalStateException.class, () -> engine.runAll(List.of(subnet(2)))).getMessage());
        try (SubnetBatch batch = SubnetBatch.of(List.of(subnet(2)))) {
            assertEquals("engine simd is closed",
                    assertThrows(IllegalStateException.class, () -> engine.runBatch(batch)).getMessage());
        }
    }
}
