package io.yuma.simd;

import static io.yuma.batch.layout.BatchLayout.LONG;
import static io.yuma.batch.layout.BatchLayout.U8;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;

import io.yuma.batch.SubnetBatch;
import io.yuma.fixed.I32F32;
import io.yuma.fixed.I64F64;
import io.yuma.fixed.Int128;
import io.yuma.fixed.U64;

/**
 * The epoch's steps on per-uid vectors, each a method of its own so that the JIT compiles it with
 * its fixed-point helpers inlined. They read and write the workspace's vectors under the chain's
 * names ({@code inactive}, {@code stake}, {@code active_stake}, ...).
 */
final class VectorSteps {
    private final Workspace w;

    /** @param w the workspace holding the vectors */
    VectorSteps(Workspace w) {
        this.w = w;
    }

    /**
     * {@code inactive}: a uid whose last update is older than the activity cutoff.
     *
     * @param n the subnet's uids
     * @param currentBlock the block the epoch runs at
     * @param activityCutoff the subnet's activity cutoff
     */
    void markInactive(int n, long currentBlock, long activityCutoff) {
        long[] lastUpdate = w.lastUpdate;
        boolean[] inactive = w.inactive;
        for (int i = 0; i < n; i++) {
            inactive[i] = Long.compareUnsigned(U64.saturatingAdd(lastUpdate[i], activityCutoff), currentBlock) < 0;
        }
    }

    /**
     * {@code get_stake_weights_for_network} (I64F64 totals kept in {@code w.stakeHi/stakeLo}),
     * stakes below the threshold zeroed except the owner's, {@code inplace_normalize_64} and
     * {@code vec_fixed64_to_fixed32} into {@code w.stake}.
     *
     * @param batch the batch holding the stake columns
     * @param base the subnet's uid 0 in the uid columns
     * @param n the subnet's uids
     * @param ownerUid the owner's uid, or -1
     * @param taoWeight {@code get_tao_weight}, I64F64
     * @param minStake the stake threshold
     */
    void stake(SubnetBatch batch, long base, int n, int ownerUid, Int128 taoWeight, long minStake) {
        long[] hi = w.stakeHi;
        long[] lo = w.stakeLo;
        long[] fHi = w.filteredHi;
        long[] fLo = w.filteredLo;
        long sumHi = 0;
        long sumLo = 0;
        for (int i = 0; i < n; i++) {
            StakeMath.totalStake(batch.alphaStake().getAtIndex(LONG, base + i), batch.taoStake().getAtIndex(LONG, base + i),
                    taoWeight, hi, lo, i);
            boolean filtered = ownerUid != i && Long.compareUnsigned(hi[i], minStake) < 0; // totals are >= 0
            fHi[i] = filtered ? 0 : hi[i];
            fLo[i] = filtered ? 0 : lo[i];
            long newLo = sumLo + fLo[i]; // inplace_normalize_64 sums with plain (wrapping) addition
            sumHi += fHi[i] + (Long.compareUnsigned(newLo, sumLo) < 0 ? 1 : 0);
            sumLo = newLo;
        }
        long[] stake = w.stake;
        for (int i = 0; i < n; i++) {
            stake[i] = (sumHi | sumLo) == 0
                    ? I64F64.toI32F32Saturating(new Int128(fHi[i], fLo[i]))
                    : StakeMath.normalizedToI32F32(fHi[i], fLo[i], sumHi, sumLo);
        }
    }

    /**
     * {@code validator_permits} (the owner's forced on), {@code validator_forbids} (their
     * negation) and {@code new_validator_permits}: {@code is_topk_nonzero} of the stake, the
     * owner's forced on.
     *
     * @param batch the batch holding the permit column
     * @param base the subnet's uid 0 in the uid columns
     * @param n the subnet's uids
     * @param ownerUid the owner's uid, or -1
     * @param maxAllowedValidators how many permits the next epoch gives
     */
    void validatorPermits(SubnetBatch batch, long base, int n, int ownerUid, int maxAllowedValidators) {
        boolean[] permit = w.validatorPermit;
        boolean[] forbids = w.forbids;
        for (int i = 0; i < n; i++) {
            permit[i] = batch.validatorPermit().get(U8, base + i) != 0;
        }
        if (ownerUid >= 0 && ownerUid < n) {
            permit[ownerUid] = true;
        }
        for (int i = 0; i < n; i++) {
            forbids[i] = !permit[i];
        }
        isTopkNonzero(w.stake, n, maxAllowedValidators, w.newPermit);
        if (ownerUid >= 0 && ownerUid < n) {
            w.newPermit[ownerUid] = true;
        }
    }

    /** {@code is_topk_nonzero}: ranks by a stable ascending sort of (value, uid). */
    private void isTopkNonzero(long[] vector, int n, int k, boolean[] result) {
        for (int i = 0; i < n; i++) {
            result[i] = vector[i] != ZERO;
        }
        if (n < k) {
            return;
        }
        int[] idx = w.sortIndex;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        StableSort.sortByKey(idx, w.sortBuffer, n, vector);
        for (int t = 0; t < n - k; t++) {
            result[idx[t]] = false;
        }
    }

    /**
     * {@code active_stake}: the stake with inactive and forbidden uids masked out, normalized.
     *
     * @param n the subnet's uids
     */
    void activeStake(int n) {
        long[] activeStake = w.activeStake;
        for (int i = 0; i < n; i++) {
            activeStake[i] = (w.inactive[i] || w.forbids[i]) ? ZERO : w.stake[i];
        }
        Lanes.normalize(activeStake, n);
    }

    /**
     * {@code dividends = vec_mul(dividends, active_stake)} of Yuma3: {@code checked_mul}, 0 where
     * it overflows.
     *
     * @param n the subnet's uids
     */
    void multiplyDividendsByActiveStake(int n) {
        long[] dividends = w.dividends;
        long[] activeStake = w.activeStake;
        for (int i = 0; i < n; i++) {
            dividends[i] = I32F32.checkedMul(dividends[i], activeStake[i], ZERO);
        }
    }

    /**
     * {@code combined_emission} and the three normalized emissions: server and validator by the
     * combined sum, combined by its own; when that sum is zero, validator and combined fall back
     * to the active stake, or to the stake when the active stake sums to zero ({@code is_zero}).
     *
     * @param n the subnet's uids
     */
    void normalizedEmissions(int n) {
        long[] incentive = w.incentive;
        long[] dividends = w.dividends;
        long[] combined = w.combinedEmission;
        long emissionSum = 0;
        for (int i = 0; i < n; i++) {
            combined[i] = saturatingAdd(incentive[i], dividends[i]);
            emissionSum += combined[i];
        }
        long[] server = w.serverEmission;
        long[] validator = w.validatorEmission;
        System.arraycopy(incentive, 0, server, 0, n);
        System.arraycopy(dividends, 0, validator, 0, n);
        Lanes.normalizeUsingSum(server, n, emissionSum);
        Lanes.normalizeUsingSum(validator, n, emissionSum);
        Lanes.normalize(combined, n);
        if (emissionSum == ZERO) {
            long activeSum = 0;
            for (int i = 0; i < n; i++) {
                activeSum += w.activeStake[i];
            }
            long[] fallback = activeSum == ZERO ? w.stake : w.activeStake;
            System.arraycopy(fallback, 0, validator, 0, n);
            System.arraycopy(fallback, 0, combined, 0, n);
        }
    }
}
