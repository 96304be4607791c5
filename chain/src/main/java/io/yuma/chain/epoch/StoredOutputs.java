package io.yuma.chain.epoch;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;

/**
 * The outputs the chain stores, placed in {@link EpochResult}s: a mechanism's stores its
 * {@code Incentive} and {@code Bonds}, the subnet's aggregate its {@code Active},
 * {@code Emission}, {@code Consensus}, {@code Dividends}, {@code ValidatorTrust},
 * {@code ValidatorPermit} and {@code StakeWeight}. The fields the chain keeps nowhere hold 0
 * (false, empty rows), and an audit of a chain record leaves them out.
 */
final class StoredOutputs {
    private StoredOutputs() {
    }

    static EpochResult mechanism(int[] incentive, SparseMatrix bonds) {
        int n = incentive.length;
        return new EpochResult(new boolean[n], new long[n], new int[n], new int[n], new int[n], incentive, new int[n],
                new boolean[n], new long[n], new long[n], new long[n], bonds, null);
    }

    static EpochResult subnet(boolean[] active, long[] emission, int[] consensus, int[] dividend, int[] validatorTrust,
            boolean[] newPermit, int[] stakeWeight) {
        int n = active.length;
        return new EpochResult(active, new long[n], stakeWeight, consensus, validatorTrust, new int[n], dividend,
                newPermit, new long[n], new long[n], emission, SparseMatrix.empty(n), null);
    }
}
