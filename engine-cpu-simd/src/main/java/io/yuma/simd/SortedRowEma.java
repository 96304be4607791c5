package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;

import static io.yuma.simd.LaneConversions.LOW_MASK;

import java.util.Arrays;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * One row of the liquid-alpha EMA ({@link LiquidAlphaEma}) when its weights and bonds are both
 * strictly ascending, on vector lanes. Then every entry is one the chain's peeking merge reads,
 * and the EMA emits only the weights' columns below n (the first ones of an ascending row), each
 * paired with the bond on its column or zero: the row's weights, those aligned bonds (the bond
 * row itself when it is on exactly the same columns, else gathered by one walk) and their
 * consensus (read in place when the columns are consecutive) are three value rows, and the
 * combined differences and the EMA are lane-wise over them. Alphas of columns only the bonds have
 * are not computed: the chain computes them but no emitted entry reads them.
 *
 * <p>When every weight, bond, consensus and alpha of the row lies in [0, 1] (it does on every
 * subnet the chain produces: normalized weights, bonds and u16 proportions), none of the chain's
 * saturating operations here saturates: {@code weight - consensus} and {@code bond - weight} lie
 * in [-1, 1], so {@code combined_diff} is the chosen difference raised to 0; {@code 1 - alpha} is
 * in [0, 1]; a product {@code floor(a * b / 2^32)} of two values in [0, 2^32] is
 * {@code ((a mod 2^32) * b) >>> 32} (below 2^64, exact as unsigned) plus {@code b} when
 * {@code a = 2^32}; the sum is below 2^33 and is capped at 1. A row with any value outside [0, 1]
 * takes the chain's scalar operations instead.
 */
final class SortedRowEma {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private final Workspace w;

    /** @param w the workspace holding the row scratch and the subnet's {@link LiquidAlpha} */
    SortedRowEma(Workspace w) {
        this.w = w;
    }

    /**
     * Appends row i of the EMA bonds to {@code out}.
     *
     * @param newRows this epoch's weights for bonds, row i strictly ascending and not empty
     * @param oldRows the stored bonds, row i strictly ascending
     * @param i the row
     * @param n the subnet's uids
     * @param consensus the consensus per column
     * @param out the EMA bonds, rows before i built
     */
    void row(SparseRows newRows, SparseRows oldRows, int i, int n, long[] consensus, SparseRows out) {
        int newStart = newRows.start(i);
        int len = newRows.end(i) - newStart;
        while (len > 0 && newRows.col[newStart + len - 1] >= n) {
            len--; // ascending: the columns at or beyond n are the last ones
        }
        long[] bond = oldRows.val;
        int bondStart = oldRows.start(i);
        int oldEnd = oldRows.end(i);
        if (bondStart == oldEnd) {
            bond = w.zeroRow(len);
            bondStart = 0;
        } else if (!Arrays.equals(newRows.col, newStart, newStart + len, oldRows.col, bondStart, oldEnd)) {
            bond = alignBonds(newRows, oldRows, i, len);
            bondStart = 0;
        }
        long[] rowConsensus = consensus;
        int consensusStart = len == 0 ? 0 : newRows.col[newStart];
        if (len > 0 && newRows.col[newStart + len - 1] - consensusStart != len - 1) { // not consecutive
            rowConsensus = gatherConsensus(newRows, newStart, len, consensus);
            consensusStart = 0;
        }
        long[] diff = w.neededDiff;
        boolean unitRange = combinedDiffs(newRows.val, newStart, bond, bondStart, rowConsensus, consensusStart, len, diff);
        long[] alpha = w.neededAlpha;
        w.liquidAlpha.resolve(diff, len, w.missIndex, alpha);
        long[] value = diff; // the differences are spent: the EMA values take their place
        if (!(unitRange && emaInUnitRange(newRows.val, newStart, bond, bondStart, alpha, len, value))) {
            for (int t = 0; t < len; t++) {
                long decayed = saturatingMul(saturatingSub(ONE, alpha[t]), bond[bondStart + t]);
                long increment = Math.max(saturatingMul(alpha[t], newRows.val[newStart + t]), ZERO);
                value[t] = Math.min(saturatingAdd(decayed, increment), ONE);
            }
        }
        out.reserve(len);
        int base = out.size;
        System.arraycopy(newRows.col, newStart, out.col, base, len);
        System.arraycopy(value, 0, out.val, base, len);
        out.size = base + len;
        for (int t = 0; t < len; t++) {
            if (value[t] <= ZERO) { // entries that decayed to nothing are dropped
                out.size = keepPositive(out, base, t, len);
                break;
            }
        }
        out.endRow();
    }

    /** Drops the non-positive entries of the row written at {@code base}, the first at {@code from}: {@return the new size}. */
    private static int keepPositive(SparseRows out, int base, int from, int len) {
        int size = base + from;
        for (int t = from; t < len; t++) {
            long v = out.val[base + t];
            if (v > ZERO) {
                out.col[size] = out.col[base + t];
                out.val[size] = v;
                size++;
            }
        }
        return size;
    }

    /** The consensus of each of the row's first {@code len} columns: a run of consecutive columns is one copy. */
    private long[] gatherConsensus(SparseRows newRows, int newStart, int len, long[] consensus) {
        long[] gathered = w.rowConsensus;
        for (int t = 0; t < len; ) {
            int runEnd = newRows.runEnd(newStart + t, newStart + len);
            int runLen = runEnd - newStart - t;
            System.arraycopy(consensus, newRows.col[newStart + t], gathered, t, runLen);
            t += runLen;
        }
        return gathered;
    }

    /**
     * The bond of row i on each of the first {@code len} weights' columns, or zero (a stored zero
     * bond and a missing one decay alike: to zero): copied run by run when the bonds' columns are
     * consecutive, else by a merge walk.
     */
    private long[] alignBonds(SparseRows newRows, SparseRows oldRows, int i, int len) {
        long[] aligned = w.rowBond;
        int b = oldRows.start(i);
        int oldEnd = oldRows.end(i);
        int newStart = newRows.start(i);
        if (oldRows.ascendsByOne(i)) { // the bonds of columns first .. last: each run of weights copies its overlap
            int first = oldRows.col[b];
            int last = oldRows.col[oldEnd - 1];
            for (int t = 0; t < len; ) {
                int runEnd = newRows.runEnd(newStart + t, newStart + len);
                int runLen = runEnd - newStart - t;
                int from = newRows.col[newStart + t];
                int overlapFrom = Math.max(from, first);
                int overlapTo = Math.min(from + runLen - 1, last) + 1;
                if (overlapFrom < overlapTo) {
                    Arrays.fill(aligned, t, t + overlapFrom - from, ZERO);
                    System.arraycopy(oldRows.val, b + overlapFrom - first, aligned, t + overlapFrom - from, overlapTo - overlapFrom);
                    Arrays.fill(aligned, t + overlapTo - from, t + runLen, ZERO);
                } else {
                    Arrays.fill(aligned, t, t + runLen, ZERO);
                }
                t += runLen;
            }
            return aligned;
        }
        for (int t = 0; t < len; t++) {
            int j = newRows.col[newStart + t];
            while (b < oldEnd && oldRows.col[b] < j) {
                b++;
            }
            aligned[t] = b < oldEnd && oldRows.col[b] == j ? oldRows.val[b] : ZERO;
        }
        return aligned;
    }

    /**
     * {@code diff[t] = combined_diff(consensus, weight, bond)} of the row's entries; {@return
     * whether every weight, bond and consensus lay in [0, 1]} (otherwise the differences are the
     * chain's scalar ones).
     */
    private static boolean combinedDiffs(long[] weight, int weightStart, long[] bond, int bondStart, long[] consensus,
            int consensusStart, int len, long[] diff) {
        int width = LONGS.length();
        LongVector outside = LongVector.zero(LONGS); // sign bit set once a value leaves [0, 1]
        int t = 0;
        for (; t <= len - width; t += width) {
            LongVector wv = LongVector.fromArray(LONGS, weight, weightStart + t);
            LongVector bv = LongVector.fromArray(LONGS, bond, bondStart + t);
            LongVector cv = LongVector.fromArray(LONGS, consensus, consensusStart + t);
            outside = outside.or(wv).or(bv).or(cv).or(wv.neg().add(ONE)).or(bv.neg().add(ONE)).or(cv.neg().add(ONE));
            LongVector chosen = wv.sub(cv).blend(bv.sub(wv), wv.compare(VectorOperators.LT, bv));
            chosen.blend(0L, chosen.compare(VectorOperators.LT, 0L)).intoArray(diff, t);
        }
        boolean unitRange = outside.reduceLanes(VectorOperators.OR) >= 0;
        if (!unitRange) {
            t = 0;
        }
        for (; t < len; t++) {
            diff[t] = LiquidAlpha.combinedDiff(consensus[consensusStart + t], weight[weightStart + t], bond[bondStart + t]);
            unitRange &= inUnitRange(weight[weightStart + t]) && inUnitRange(bond[bondStart + t])
                    && inUnitRange(consensus[consensusStart + t]);
        }
        return unitRange;
    }

    /**
     * {@code value[t] = min((1 - alpha) * bond + alpha * weight, 1)} on lanes for values in
     * [0, 1]; {@return false, with {@code value} unspecified, when an alpha lies outside [0, 1]}.
     */
    private static boolean emaInUnitRange(long[] weight, int weightStart, long[] bond, int bondStart, long[] alpha, int len,
            long[] value) {
        int width = LONGS.length();
        LongVector outside = LongVector.zero(LONGS);
        int t = 0;
        for (; t <= len - width; t += width) {
            LongVector av = LongVector.fromArray(LONGS, alpha, t);
            LongVector wv = LongVector.fromArray(LONGS, weight, weightStart + t);
            LongVector bv = LongVector.fromArray(LONGS, bond, bondStart + t);
            LongVector keep = av.neg().add(ONE);
            outside = outside.or(av).or(keep);
            // floor(a * b / 2^32) for a, b in [0, 2^32]: the low half's product, plus b where a is 2^32
            LongVector decayed = keep.and(LOW_MASK).mul(bv).lanewise(VectorOperators.LSHR, 32)
                    .add(bv.and(keep.lanewise(VectorOperators.LSHR, 32).neg()));
            LongVector increment = av.and(LOW_MASK).mul(wv).lanewise(VectorOperators.LSHR, 32)
                    .add(wv.and(av.lanewise(VectorOperators.LSHR, 32).neg()));
            LongVector sum = decayed.add(increment);
            sum.blend(ONE, sum.compare(VectorOperators.GT, ONE)).intoArray(value, t);
        }
        if (outside.reduceLanes(VectorOperators.OR) < 0) {
            return false;
        }
        for (; t < len; t++) {
            if (!inUnitRange(alpha[t])) {
                return false;
            }
            long decayed = saturatingMul(ONE - alpha[t], bond[bondStart + t]);
            long increment = saturatingMul(alpha[t], weight[weightStart + t]);
            value[t] = Math.min(decayed + increment, ONE);
        }
        return true;
    }

    private static boolean inUnitRange(long v) {
        return v >= ZERO && v <= ONE;
    }
}
