package io.yuma.reference;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.fixed.Int128;
import io.yuma.fixed.U64;
import io.yuma.fixed.U64F64;
import java.util.ArrayList;
import java.util.List;

/**
 * A transcription of the chain's {@code epoch_with_mechanisms}
 * ({@code pallets/subtensor/src/subnets/mechanism.rs}): split the emission, run
 * {@code epoch_mechanism} per mechanism, and fold each uid's terms into the subnet's, with the
 * chain's {@code weighted_acc_u16} and {@code weighted_acc_alpha} written as the U64F64
 * operations they are. Uid {@code i} is one hotkey in every mechanism, so the chain's map keyed
 * by hotkey is an array indexed by uid here; mechanism 0 inserts every uid, later ones modify.
 */
final class ReferenceSubnetEpoch {
    private ReferenceSubnetEpoch() {
    }

    static SubnetResult run(SubnetInput input) {
        long raoEmission = input.raoEmission();
        long[] shares = input.splitEmission();
        List<EpochResult> mechanisms = new ArrayList<>(shares.length);
        Terms aggregated = null;
        for (int m = 0; m < shares.length; m++) {
            EpochInput mechanismInput = input.mechanismInput(m, shares[m]);
            EpochResult output = ReferenceEpoch.run(mechanismInput, false);
            mechanisms.add(output);
            // safe_div_or: for a zero emission the first mechanism weighs 1, the others 0.
            Int128 subWeight = U64F64.checkedDiv(U64F64.saturatingFromU64(shares[m]),
                    U64F64.saturatingFromU64(raoEmission), m == 0 ? U64F64.ONE : U64F64.ZERO);
            if (aggregated == null) {
                aggregated = Terms.firstSeen(output, subWeight);
            } else {
                aggregated.modify(output, subWeight);
            }
        }
        return new SubnetResult(shares, mechanisms, aggregated.toResult());
    }

    /** {@code weighted_acc_u16}. */
    static int weightedAccU16(int existing, int added, Int128 weight) {
        return U64F64.saturatingToU16(weightedSum(existing, added, weight));
    }

    /** {@code weighted_acc_alpha}. */
    static long weightedAccAlpha(long existing, long added, Int128 weight) {
        return U64F64.saturatingToU64(weightedSum(existing, added, weight));
    }

    private static Int128 weightedSum(long existing, long added, Int128 weight) {
        return U64F64.saturatingAdd(U64F64.saturatingFromU64(existing),
                U64F64.saturatingMul(U64F64.saturatingFromU64(added), weight));
    }

    /** The chain's per-hotkey {@code EpochTerms} of the aggregate, one array per term. */
    private static final class Terms {
        final boolean[] active;
        final long[] stake;
        final int[] stakeWeight;
        final int[] consensus;
        final int[] validatorTrust;
        final int[] incentive;
        final int[] dividend;
        final boolean[] newValidatorPermit;
        final long[] serverEmission;
        final long[] validatorEmission;
        final long[] emission;

        private Terms(int n) {
            active = new boolean[n];
            stake = new long[n];
            stakeWeight = new int[n];
            consensus = new int[n];
            validatorTrust = new int[n];
            incentive = new int[n];
            dividend = new int[n];
            newValidatorPermit = new boolean[n];
            serverEmission = new long[n];
            validatorEmission = new long[n];
            emission = new long[n];
        }

        /** {@code or_insert_with}: the weighted insert for the first mechanism that has the uid. */
        static Terms firstSeen(EpochResult terms, Int128 subWeight) {
            int n = terms.n();
            Terms t = new Terms(n);
            int[] dividends = terms.dividend();
            int[] incentives = terms.incentive();
            long[] validatorEmissions = terms.validatorEmission();
            long[] serverEmissions = terms.serverEmission();
            int[] stakeWeights = terms.stakeWeight();
            boolean[] actives = terms.active();
            long[] emissions = terms.emission();
            int[] consensuses = terms.consensus();
            int[] validatorTrusts = terms.validatorTrust();
            boolean[] permits = terms.newValidatorPermit();
            long[] stakes = terms.stake();
            for (int uid = 0; uid < n; uid++) {
                t.dividend[uid] = weightedAccU16(0, dividends[uid], subWeight);
                t.incentive[uid] = weightedAccU16(0, incentives[uid], subWeight);
                t.validatorEmission[uid] = validatorEmissions[uid];
                t.serverEmission[uid] = serverEmissions[uid];
                t.stakeWeight[uid] = weightedAccU16(0, stakeWeights[uid], subWeight);
                t.active[uid] = actives[uid];
                t.emission[uid] = weightedAccAlpha(0, emissions[uid], subWeight);
                t.consensus[uid] = weightedAccU16(0, consensuses[uid], subWeight);
                t.validatorTrust[uid] = weightedAccU16(0, validatorTrusts[uid], subWeight);
                t.newValidatorPermit[uid] = permits[uid];
                t.stake[uid] = stakes[uid];
            }
            return t;
        }

        /** {@code and_modify}: a later mechanism's terms added in; incentive is left as it is. */
        void modify(EpochResult terms, Int128 subWeight) {
            long[] validatorEmissions = terms.validatorEmission();
            long[] serverEmissions = terms.serverEmission();
            int[] dividends = terms.dividend();
            int[] stakeWeights = terms.stakeWeight();
            boolean[] actives = terms.active();
            long[] emissions = terms.emission();
            int[] consensuses = terms.consensus();
            int[] validatorTrusts = terms.validatorTrust();
            boolean[] permits = terms.newValidatorPermit();
            long[] stakes = terms.stake();
            for (int uid = 0; uid < active.length; uid++) {
                validatorEmission[uid] = U64.saturatingAdd(validatorEmission[uid], validatorEmissions[uid]);
                serverEmission[uid] = U64.saturatingAdd(serverEmission[uid], serverEmissions[uid]);
                dividend[uid] = weightedAccU16(dividend[uid], dividends[uid], subWeight);
                stakeWeight[uid] = weightedAccU16(stakeWeight[uid], stakeWeights[uid], subWeight);
                active[uid] |= actives[uid];
                emission[uid] = weightedAccAlpha(emission[uid], emissions[uid], subWeight);
                consensus[uid] = weightedAccU16(consensus[uid], consensuses[uid], subWeight);
                validatorTrust[uid] = weightedAccU16(validatorTrust[uid], validatorTrusts[uid], subWeight);
                newValidatorPermit[uid] |= permits[uid];
                stake[uid] = U64.saturatingAdd(stake[uid], stakes[uid]);
            }
        }

        EpochResult toResult() {
            return new EpochResult(active, stake, stakeWeight, consensus, validatorTrust, incentive, dividend,
                    newValidatorPermit, serverEmission, validatorEmission, emission,
                    SparseMatrix.empty(active.length), null);
        }
    }
}
