// yuma_median.cuh: weighted_median_col_sparse, one thread per column, without the chain's dense
// columns x validators matrix.
//
// The chain's weighted_median partitions a list of (score, stake) around the score of its middle
// element, keeping the list order, and recurses into the lower or the upper part. Every list it
// ever holds is therefore "the original elements whose score lies strictly between two pivots,
// in the original order": this thread keeps just those two bounds and re-walks the column, which
// gives the same pivots, the same saturating stake sums in the same order, and the same answer.
#pragma once
#include "yuma_weights.cuh"

namespace yuma {

/** Walks column c over the staked rows in row order, yielding each row's score (0 where it set no weight). */
struct ColumnWalk {
    const u64* keys;
    int m;
    int p;

    /** The score of the next staked row, which must be above every row asked before. */
    YUMA_HD i64 score(const Buffers& B, const Subnet& sub, int row) {
        while (p < m && key_row(keys[p]) < row) p++;
        i64 s = FX_ZERO;
        while (p < m && key_row(keys[p]) == row) { // a repeated column keeps the row's last value
            s = B.w_val[key_entry(B, sub, keys[p])];
            p++;
        }
        return s;
    }
};

/** The open score interval of the current partition (a missing bound is infinite). */
struct Interval {
    bool has_lo, has_hi;
    i64 lo, hi;
    YUMA_HD bool contains(i64 s) const { return (!has_lo || s > lo) && (!has_hi || s < hi); }
};

YUMA_HD i64 weighted_median_column(const Buffers& B, const Subnet& sub, int c, int use_len, i64 minority, i64 stake_sum) {
    const i32* rows = B.staked_rows + sub.base;
    const i64* stake = B.use_stake + sub.base;
    Interval in = {false, false, FX_ZERO, FX_ZERO};
    int size = use_len;
    i64 partition_lo = FX_ZERO;
    i64 partition_hi = stake_sum;
    int iterations = 0;
    while (true) {
        if (size == 0) return FX_ZERO;
        // the pivot: the middle element of the current partition
        ColumnWalk walk = {column_keys(B, sub, c), column_length(B, sub, c), 0};
        i64 pivot = FX_ZERO;
        for (int k = 0, seen = 0; k < use_len; k++) {
            i64 s = walk.score(B, sub, rows[k]);
            if (in.contains(s)) {
                if (seen == size / 2) {
                    pivot = s;
                    break;
                }
                seen++;
            }
        }
        if (size == 1) return pivot;
        i64 lo_stake = FX_ZERO;
        i64 hi_stake = FX_ZERO;
        int lower = 0;
        int upper = 0;
        walk.p = 0;
        for (int k = 0; k < use_len; k++) {
            i64 s = walk.score(B, sub, rows[k]);
            if (!in.contains(s) || s == pivot) continue;
            if (s < pivot) {
                lo_stake = sat_add(lo_stake, stake[k]);
                lower++;
            } else {
                hi_stake = sat_add(hi_stake, stake[k]);
                upper++;
            }
        }
        if (minority < sat_add(partition_lo, lo_stake) && lower > 0) {
            in.has_hi = true;
            in.hi = pivot;
            size = lower;
            partition_hi = sat_add(partition_lo, lo_stake);
        } else if (sat_sub(partition_hi, hi_stake) <= minority && upper > 0) {
            in.has_lo = true;
            in.lo = pivot;
            size = upper;
            partition_lo = sat_sub(partition_hi, hi_stake);
        } else {
            return pivot;
        }
        if (++iterations > use_len) return FX_ZERO;
    }
}

/**
 * weighted_median_col_sparse(active_stake, weights, n, kappa): the staked rows (positive active
 * stake) in order with their stake re-normalized, then each column's median (WORK_CONSENSUS).
 */
YUMA_STEP void median_step(Block& b, const Buffers& B, const Subnet& sub) {
    int n = sub.n;
    i32* index = B.scan + sub.col_base;
    i64 partial = 0;
    for (int i = b.tid; i < n; i += b.nt) {
        i64 s = B.active_stake[sub.base + i];
        index[i] = s > FX_ZERO ? 1 : 0;
        if (s > FX_ZERO) partial = wrap_add(partial, s);
    }
    i64 use_sum = block_sum(b, partial);
    int use_len = block_exclusive_scan(b, index, index, n);
    partial = 0;
    for (int i = b.tid; i < n; i += b.nt) {
        i64 s = B.active_stake[sub.base + i];
        if (s > FX_ZERO) {
            int k = index[i];
            i64 normalized = use_sum == FX_ZERO ? s : safe_div(s, use_sum);
            B.staked_rows[sub.base + k] = i;
            B.use_stake[sub.base + k] = normalized;
            partial = wrap_add(partial, normalized);
        }
    }
    i64 stake_sum = block_sum(b, partial);
    i64 minority = sat_sub(stake_sum, u16_proportion(sub.kappa));
    for (int c = b.tid; c < n; c += b.nt) {
        B.consensus[sub.base + c] = weighted_median_column(B, sub, c, use_len, minority, stake_sum);
    }
    block_sync(b);
}

} // namespace yuma
