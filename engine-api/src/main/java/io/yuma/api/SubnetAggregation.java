package io.yuma.api;

import io.yuma.fixed.Int128;
import io.yuma.fixed.U64;
import io.yuma.fixed.U64F64;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code epoch_with_mechanisms} around any engine's mechanism epochs: split each subnet's
 * emission, run every mechanism of every subnet as one list (so an engine that parallelizes or
 * batches across subnets does so across mechanisms too), then fold the mechanism results into
 * the subnet's terms.
 *
 * <p>The fold is the chain's, per uid in mechanism order: emissions and stake add up
 * (saturating), booleans are ORed, and the u16 and emission terms accumulate weighted by the
 * mechanism's share of the emission ({@link U64F64#weightedAccumulate}, rounding down at each
 * step); {@code incentive} is mechanism 0's alone, because the chain's merge sets it only when
 * a uid is first seen. The reference engine transcribes the same fold operation by operation.
 */
public final class SubnetAggregation {
    private static final long U16_MAX = 0xFFFF;

    private SubnetAggregation() {
    }

    /**
     * Runs subnets through an engine's mechanism epochs.
     *
     * @param subnets the subnets
     * @param runAll computes a list of mechanism inputs, results in input order (an engine's
     *     {@link YumaEngine#runAll})
     * @return one result per subnet, in order
     */
    public static List<SubnetResult> run(List<SubnetInput> subnets, Function<List<EpochInput>, List<EpochResult>> runAll) {
        List<long[]> shares = new ArrayList<>(subnets.size());
        List<EpochInput> mechanismInputs = new ArrayList<>();
        for (SubnetInput subnet : subnets) {
            long[] split = subnet.splitEmission();
            shares.add(split);
            for (int m = 0; m < split.length; m++) {
                mechanismInputs.add(subnet.mechanismInput(m, split[m]));
            }
        }
        List<EpochResult> mechanismResults = runAll.apply(mechanismInputs);
        List<SubnetResult> results = new ArrayList<>(subnets.size());
        int next = 0;
        for (int s = 0; s < subnets.size(); s++) {
            long[] split = shares.get(s);
            List<EpochResult> mine = mechanismResults.subList(next, next + split.length);
            next += split.length;
            results.add(new SubnetResult(split, mine, aggregate(subnets.get(s).raoEmission(), split, mine)));
        }
        return results;
    }

    /**
     * The chain's weight of one mechanism in the fold: its share over the subnet's emission, or
     * for a zero emission 1 for mechanism 0 and 0 for the others.
     *
     * @param share the mechanism's emission, u64
     * @param raoEmission the subnet's emission, u64
     * @param mechanism the mechanism index
     * @return U64F64 bits of the weight
     */
    public static Int128 weight(long share, long raoEmission, int mechanism) {
        return U64F64.ratio(share, raoEmission, mechanism == 0 ? U64F64.ONE : U64F64.ZERO);
    }

    /**
     * Folds mechanism results into the subnet's terms.
     *
     * @param raoEmission the subnet's emission, u64
     * @param shares each mechanism's share of it
     * @param mechanisms each mechanism's result, mechanism 0 first
     * @return the aggregated terms (bonds empty, no trace)
     */
    public static EpochResult aggregate(long raoEmission, long[] shares, List<EpochResult> mechanisms) {
        int n = mechanisms.getFirst().n();
        boolean[] active = new boolean[n];
        long[] stake = new long[n];
        int[] stakeWeight = new int[n];
        int[] consensus = new int[n];
        int[] validatorTrust = new int[n];
        int[] incentive = new int[n];
        int[] dividend = new int[n];
        boolean[] newValidatorPermit = new boolean[n];
        long[] serverEmission = new long[n];
        long[] validatorEmission = new long[n];
        long[] emission = new long[n];
        for (int m = 0; m < mechanisms.size(); m++) {
            Int128 weight = weight(shares[m], raoEmission, m);
            EpochResult r = mechanisms.get(m);
            accumulate(stakeWeight, r.stakeWeight(), weight);
            accumulate(consensus, r.consensus(), weight);
            accumulate(validatorTrust, r.validatorTrust(), weight);
            accumulate(dividend, r.dividend(), weight);
            if (m == 0) {
                accumulate(incentive, r.incentive(), weight);
            }
            long[] mechanismEmission = r.emission();
            long[] mechanismStake = r.stake();
            long[] mechanismServer = r.serverEmission();
            long[] mechanismValidator = r.validatorEmission();
            boolean[] mechanismActive = r.active();
            boolean[] mechanismPermit = r.newValidatorPermit();
            for (int uid = 0; uid < n; uid++) {
                emission[uid] = U64F64.weightedAccumulate(emission[uid], mechanismEmission[uid], weight, U64.MAX);
                stake[uid] = U64.saturatingAdd(stake[uid], mechanismStake[uid]);
                serverEmission[uid] = U64.saturatingAdd(serverEmission[uid], mechanismServer[uid]);
                validatorEmission[uid] = U64.saturatingAdd(validatorEmission[uid], mechanismValidator[uid]);
                active[uid] |= mechanismActive[uid];
                newValidatorPermit[uid] |= mechanismPermit[uid];
            }
        }
        return new EpochResult(active, stake, stakeWeight, consensus, validatorTrust, incentive, dividend,
                newValidatorPermit, serverEmission, validatorEmission, emission, SparseMatrix.empty(n), null);
    }

    private static void accumulate(int[] total, int[] added, Int128 weight) {
        for (int uid = 0; uid < total.length; uid++) {
            total[uid] = (int) U64F64.weightedAccumulate(total[uid], added[uid], weight, U16_MAX);
        }
    }
}
