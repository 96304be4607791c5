package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import java.util.List;

/** Small subnet inputs with mechanisms for the codec and carry tests. */
final class TestSubnets {
    private TestSubnets() {
    }

    /**
     * Three uids, three mechanisms that differ in every field of their own (last_update,
     * commit_block, weights, bonds) and share the rest.
     *
     * @param split MechanismEmissionSplit, or null when unset
     */
    static SubnetInput threeMechanisms(int[] split) {
        EpochInput.Builder shared = EpochInput.chainDefaults().n(3).currentBlock(1000).lastMechanismStepBlock(990)
                .raoEmission(1_000_000_000L).alphaStake(new long[] {5_000_000, 3_000_000, 1})
                .taoStake(new long[] {0, 7, 0}).blockAtRegistration(new long[] {1, 2, 3})
                .validatorPermit(new boolean[] {true, true, false});
        EpochInput m0 = shared.lastUpdate(new long[] {999, 998, 997}).commitBlock(new long[] {EpochInput.NO_COMMIT, 5, 6})
                .weights(SparseMatrix.ofU16("weights", new int[] {0, 1, 2, 2}, new int[] {2, 2}, new long[] {65535, 9}))
                .bonds(SparseMatrix.empty(3)).build();
        EpochInput m1 = shared.lastUpdate(new long[] {10, 999, 1}).commitBlock(new long[] {1, 2, 3})
                .weights(SparseMatrix.ofU16("weights", new int[] {0, 2, 3, 3}, new int[] {1, 2, 0},
                        new long[] {100, 200, 300}))
                .bonds(SparseMatrix.ofU16("bonds", new int[] {0, 1, 1, 1}, new int[] {2}, new long[] {4000})).build();
        EpochInput m2 = shared.lastUpdate(new long[] {999, 999, 999}).commitBlock(new long[] {0, 0, 0})
                .weights(SparseMatrix.empty(3))
                .bonds(SparseMatrix.ofU16("bonds", new int[] {0, 0, 2, 2}, new int[] {0, 2}, new long[] {1, 2})).build();
        return SubnetInput.of(List.of(m0, m1, m2), split);
    }
}
