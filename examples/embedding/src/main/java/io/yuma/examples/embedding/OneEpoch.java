package io.yuma.examples.embedding;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.YumaEngine;
import java.util.Arrays;

/** Computes one subnet's epoch on the best engine available and prints each uid's emission. */
public final class OneEpoch {
    private OneEpoch() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (YumaEngine engine = Engines.openBest(EngineOptions.defaults())) {
            EpochResult result = engine.run(subnet(1_000_000_000L));
            System.out.println("engine: " + engine.name());
            System.out.println("emission: " + Arrays.toString(result.emission()));
        }
    }

    /**
     * A subnet of four uids: two validators (uids 0 and 1) weighting two miners (uids 2 and 3).
     *
     * @param raoEmission the emission the epoch distributes, in rao
     * @return the epoch's input
     */
    static EpochInput subnet(long raoEmission) {
        SparseMatrix weights = new SparseMatrix.Builder(4)
                .add(2, 65_535).add(3, 32_768).endRow()
                .add(2, 40_000).add(3, 65_535).endRow()
                .endRow()
                .endRow()
                .build();
        return EpochInput.chainDefaults()
                .n(4).currentBlock(1_000).lastMechanismStepBlock(640).raoEmission(raoEmission)
                .alphaStake(new long[] {600_000_000_000L, 400_000_000_000L, 0, 0})
                .taoStake(new long[4])
                .lastUpdate(new long[] {990, 990, 990, 990})
                .blockAtRegistration(new long[4])
                .validatorPermit(new boolean[] {true, true, false, false})
                .commitBlock(new long[] {EpochInput.NO_COMMIT, EpochInput.NO_COMMIT, EpochInput.NO_COMMIT,
                        EpochInput.NO_COMMIT})
                .weights(weights)
                .bonds(SparseMatrix.empty(4))
                .build();
    }
}
