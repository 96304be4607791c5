package io.yuma.chain.epoch;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetResult;
import java.util.List;

/**
 * The outputs the chain stores, placed in {@link EpochResult}s: a mechanism's stores its
 * {@code Incentive} and {@code Bonds}, the subnet's aggregate its {@code Active},
 * {@code Emission}, {@code Consensus}, {@code Dividends}, {@code ValidatorTrust},
 * {@code ValidatorPermit} and {@code StakeWeight}. The fields the chain keeps nowhere hold 0
 * (false, empty rows), and an audit of a chain record leaves them out.
 */
public final class StoredOutputs {
    private StoredOutputs() {
    }

    /**
     * The part of a computed result the chain stores, the rest set to 0 as in a fetched record, so
     * that {@link SubnetResult#firstDifference} compares only what the chain stores.
     *
     * @param full a result as an engine computes it
     * @return its stored part
     */
    public static SubnetResult storedPart(SubnetResult full) {
        List<EpochResult> mechanisms = full.mechanisms().stream().map(m -> mechanism(m.incentive(), m.bonds())).toList();
        EpochResult s = full.subnet();
        return new SubnetResult(new long[full.mechanismCount()], mechanisms, subnet(s.active(), s.emission(),
                s.consensus(), s.dividend(), s.validatorTrust(), s.newValidatorPermit(), s.stakeWeight()));
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
