package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The chain's {@code weighted_median} on vector lanes, for stakes whose sums cannot saturate
 * (non-negative, total within a long: every partition's stake interval then stays inside
 * [0, total], so the chain's saturating additions are plain ones). Each round is two passes:
 * masked lane sums of the stake below and above the pivot, then, once the side is chosen, a
 * compress of that side's (score, stake) pairs in their original order into the next buffer.
 */
final class MedianLanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;

    private MedianLanes() {
    }

    static long weightedMedian(Workspace w, long[] stake, long[] score, int len, long minority, long stakeSum) {
        long[] curScore = w.medianScoreA;
        long[] curStake = w.medianStakeA;
        long[] nextScore = w.medianScoreB;
        long[] nextStake = w.medianStakeB;
        System.arraycopy(score, 0, curScore, 0, len);
        System.arraycopy(stake, 0, curStake, 0, len);
        long partitionLo = ZERO;
        long partitionHi = stakeSum;
        int size = len;
        int iterations = 0;
        int width = LONGS.length();
        while (true) {
            if (size == 0) {
                return ZERO;
            }
            if (size == 1) {
                return curScore[0];
            }
            long pivot = curScore[size / 2];
            LongVector zero = LongVector.zero(LONGS);
            LongVector loSums = zero;
            LongVector hiSums = zero;
            int lowerCount = 0;
            int upperCount = 0;
            int t = 0;
            for (int bound = LONGS.loopBound(size); t < bound; t += width) {
                LongVector scores = LongVector.fromArray(LONGS, curScore, t);
                LongVector stakes = LongVector.fromArray(LONGS, curStake, t);
                VectorMask<Long> below = scores.compare(VectorOperators.LT, pivot);
                VectorMask<Long> above = scores.compare(VectorOperators.GT, pivot);
                loSums = loSums.add(zero.blend(stakes, below));
                hiSums = hiSums.add(zero.blend(stakes, above));
                lowerCount += below.trueCount();
                upperCount += above.trueCount();
            }
            long loStake = loSums.reduceLanes(VectorOperators.ADD);
            long hiStake = hiSums.reduceLanes(VectorOperators.ADD);
            for (; t < size; t++) { // the tail branch-free: scores are unpredictable around the pivot
                long value = curScore[t];
                boolean below = value < pivot;
                boolean above = value > pivot;
                loStake += below ? curStake[t] : ZERO;
                hiStake += above ? curStake[t] : ZERO;
                lowerCount += below ? 1 : 0;
                upperCount += above ? 1 : 0;
            }
            boolean takeLower;
            if (minority < partitionLo + loStake && lowerCount > 0) {
                takeLower = true;
                partitionHi = partitionLo + loStake;
            } else if (partitionHi - hiStake <= minority && upperCount > 0) {
                takeLower = false;
                partitionLo = partitionHi - hiStake;
            } else {
                return pivot;
            }
            size = compress(curScore, curStake, size, pivot, takeLower, nextScore, nextStake);
            long[] swap = curScore;
            curScore = nextScore;
            nextScore = swap;
            swap = curStake;
            curStake = nextStake;
            nextStake = swap;
            if (++iterations > len) {
                return ZERO;
            }
        }
    }

    /** Copies the pairs strictly below (or above) the pivot, in order; returns how many. */
    private static int compress(long[] score, long[] stake, int size, long pivot, boolean below,
            long[] toScore, long[] toStake) {
        int width = LONGS.length();
        int out = 0;
        int t = 0;
        for (int bound = LONGS.loopBound(size); t < bound; t += width) {
            LongVector scores = LongVector.fromArray(LONGS, score, t);
            // constant operators only: a comparison chosen at run time is not intrinsified
            VectorMask<Long> keep = below ? scores.compare(VectorOperators.LT, pivot)
                    : scores.compare(VectorOperators.GT, pivot);
            int kept = keep.trueCount();
            if (kept == 0) {
                continue;
            }
            // a full-width store past `out` is fine: the buffers hold n + width entries and the
            // lanes beyond `kept` are overwritten by the next store or ignored
            scores.compress(keep).intoArray(toScore, out);
            LongVector.fromArray(LONGS, stake, t).compress(keep).intoArray(toStake, out);
            out += kept;
        }
        for (; t < size; t++) { // branch-free, like the lanes: write, then keep or overwrite
            toScore[out] = score[t];
            toStake[out] = stake[t];
            out += (below ? score[t] < pivot : score[t] > pivot) ? 1 : 0;
        }
        return out;
    }
}
