package io.yuma.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.YumaEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closed batches and results refuse work, results are checked against their batch, and bad subnets are named. */
class BatchLifecycleTest {
    /** An engine on the interface's defaults: every uid's stake is its alpha stake. */
    private static final YumaEngine ECHO = new YumaEngine() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public EpochResult run(EpochInput input) {
            int n = input.n();
            return new EpochResult(new boolean[n], input.alphaStakes(), new int[n], new int[n], new int[n], new int[n],
                    new int[n], new boolean[n], new long[n], new long[n], new long[n], SparseMatrix.empty(n), null);
        }
    };

    private static EpochInput subnet(int n) {
        long[] stakes = new long[n];
        for (int uid = 0; uid < n; uid++) {
            stakes[uid] = 100 + uid;
        }
        return EpochInput.chainDefaults().n(n).alphaStake(stakes).taoStake(new long[n]).lastUpdate(new long[n])
                .blockAtRegistration(new long[n]).validatorPermit(new boolean[n]).commitBlock(new long[n])
                .weights(SparseMatrix.empty(n)).bonds(SparseMatrix.empty(n)).build();
    }

    @Test
    void theDefaultBatchPathWorksOnItsOwnResults() {
        try (SubnetBatch batch = SubnetBatch.of(List.of(subnet(2), subnet(3)));
                BatchResults results = ECHO.runBatch(batch)) {
            assertEquals(102, results.result(1).stake(2));
        }
    }

    @Test
    void resultsFromAnotherBatchAreRefused() {
        try (SubnetBatch first = SubnetBatch.of(List.of(subnet(2), subnet(3)));
                SubnetBatch second = SubnetBatch.of(List.of(subnet(2), subnet(3)));
                BatchResults ofFirst = new BatchResults(first)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> ECHO.runBatchInto(second, ofFirst));
            assertEquals("these BatchResults were allocated for another batch (2 subnets, 5 uids), not for this one"
                    + " (2 subnets, 5 uids): allocate them with new BatchResults(batch) or engine.runBatch(batch)",
                    refused.getMessage());
        }
    }

    @Test
    void aSubnetOutOfRangeNamesTheIndexAndTheSize() {
        try (SubnetBatch batch = SubnetBatch.of(List.of(subnet(1), subnet(1), subnet(1)));
                BatchResults results = new BatchResults(batch)) {
            assertEquals("subnet 7 out of range: the batch holds 3 subnets",
                    assertThrows(IndexOutOfBoundsException.class, () -> batch.input(7)).getMessage());
            assertEquals("subnet -1 out of range: the batch holds 3 subnets",
                    assertThrows(IndexOutOfBoundsException.class, () -> results.result(-1)).getMessage());
            assertEquals("subnet 3 out of range: the batch holds 3 subnets",
                    assertThrows(IndexOutOfBoundsException.class, () -> results.bonds(3)).getMessage());
        }
    }

    @Test
    void aResultWithTheWrongUidCountIsRefused() {
        try (SubnetBatch batch = SubnetBatch.of(List.of(subnet(2)));
                BatchResults results = new BatchResults(batch)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> results.put(0, ECHO.run(subnet(3))));
            assertEquals("subnet 0 has n = 2 but the result has 3 uids", refused.getMessage());
        }
    }

    @Test
    void aClosedBatchRefusesWorkAndClosesOnce() {
        SubnetBatch batch = SubnetBatch.of(List.of(subnet(2), subnet(3)));
        batch.close();
        batch.close();
        assertEquals("SubnetBatch of 2 subnets is closed",
                assertThrows(IllegalStateException.class, () -> batch.input(0)).getMessage());
        assertEquals("SubnetBatch of 2 subnets is closed",
                assertThrows(IllegalStateException.class, () -> ECHO.runBatch(batch)).getMessage());
    }

    @Test
    void closedResultsRefuseWork() {
        try (SubnetBatch batch = SubnetBatch.of(List.of(subnet(2)))) {
            BatchResults results = ECHO.runBatch(batch);
            results.close();
            results.close();
            assertEquals("BatchResults of 1 subnet, 2 uids is closed",
                    assertThrows(IllegalStateException.class, () -> results.result(0)).getMessage());
            assertEquals("BatchResults of 1 subnet, 2 uids is closed",
                    assertThrows(IllegalStateException.class, () -> ECHO.runBatchInto(batch, results)).getMessage());
        }
    }

    @Test
    void nullsAreNamed() {
        assertEquals("batch", assertThrows(NullPointerException.class, () -> new BatchResults(null)).getMessage());
        assertEquals("input", assertThrows(NullPointerException.class,
                () -> SubnetBatch.builder(1, 1).add(null)).getMessage());
    }
}
