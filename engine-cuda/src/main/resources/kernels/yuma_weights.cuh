// yuma_weights.cuh: "Weights" of epoch_mechanism (one thread per row), the stable transpose of
// the weights by column, the column clip and validator trust, and the incentive (one thread per
// column, summing in the chain's row order).
#pragma once
#include "yuma_block.cuh"
#include "yuma_subnet.cuh"

namespace yuma {

/** A clipped weight col_clip_sparse dropped. Kept clipped weights are never negative. */
const i64 DROPPED = -1;

/**
 * get_weights_sparse (columns below n, as I32F32) through mask_rows_sparse (rows without a
 * permit), the diagonal mask (the owner keeps its own), the outdated mask and, with commit-reveal,
 * the commit mask; then inplace_row_normalize_sparse. Rows keep the stored order.
 */
YUMA_STEP void weights_step(Block& b, const Buffers& B, const Subnet& sub) {
    int n = sub.n;
    bool commit_reveal = (sub.flags & REC_FLAG_COMMIT_REVEAL) != 0;
    for (int i = b.tid; i < n; i += b.nt) {
        int u = sub.base + i;
        i64 r0 = w_row(B, sub, i);
        i64 r1 = w_row_end(B, sub, i);
        int len = 0;
        if (has(B, sub, i, UID_PERMIT)) {
            u64 updated = B.last_update[u];
            u64 committed = B.commit[u];
            for (i64 e = r0; e < r1; e++) {
                int j = B.w_col_in[e];
                if (j >= n || (j == i && i != sub.owner)) continue;
                u64 registered = B.bar[sub.base + j];
                if (updated <= registered) continue;
                if (commit_reveal && committed < registered) continue;
                B.w_col[r0 + len] = (u16)j;
                B.w_val[r0 + len] = (i64)B.w_val_in[e] << 32;
                len++;
            }
            i64 sum = 0;
            for (int p = 0; p < len; p++) sum = wrap_add(sum, B.w_val[r0 + p]);
            if (sum > FX_ZERO) {
                for (int p = 0; p < len; p++) B.w_val[r0 + p] = safe_div(B.w_val[r0 + p], sum);
            }
        }
        B.w_len[u] = len;
    }
    block_sync(b);
}

// The weights by column. Keys are (row << 32 | position in row); a column's keys sorted ascending
// list its entries in the chain's iteration order (rows in order, entries in stored order), which
// is what the median and the incentive's saturating sums need.

YUMA_HD int key_row(u64 key) { return (int)(key >> 32); }
YUMA_HD int key_pos(u64 key) { return (int)(key & 0xffffffffULL); }

/** The keys of column c: WORK_T_KEY from here, WORK_COL_START[col_base + c + 1] - [col_base + c] of them. */
YUMA_HD u64* column_keys(const Buffers& B, const Subnet& sub, int c) {
    return B.t_key + w_row(B, sub, 0) + B.col_start[sub.col_base + c];
}

YUMA_HD int column_length(const Buffers& B, const Subnet& sub, int c) {
    return B.col_start[sub.col_base + c + 1] - B.col_start[sub.col_base + c];
}

/** Counting sort of the weight entries by column, then each column's keys sorted. */
YUMA_STEP void transpose_weights(Block& b, const Buffers& B, const Subnet& sub) {
    int n = sub.n;
    i32* count = B.col_cursor + sub.base;
    for (int c = b.tid; c < n; c += b.nt) count[c] = 0;
    block_sync(b);
    for (int i = b.tid; i < n; i += b.nt) {
        i64 r0 = w_row(B, sub, i);
        int len = B.w_len[sub.base + i];
        for (int p = 0; p < len; p++) atomic_add_i32(&count[B.w_col[r0 + p]], 1);
    }
    block_sync(b);
    block_exclusive_scan(b, count, B.col_start + sub.col_base, n);
    for (int c = b.tid; c < n; c += b.nt) count[c] = B.col_start[sub.col_base + c];
    block_sync(b);
    u64* keys = B.t_key + w_row(B, sub, 0);
    for (int i = b.tid; i < n; i += b.nt) {
        i64 r0 = w_row(B, sub, i);
        int len = B.w_len[sub.base + i];
        for (int p = 0; p < len; p++) {
            int at = atomic_add_i32(&count[B.w_col[r0 + p]], 1); // any slot: the sort below fixes the order
            keys[at] = ((u64)i << 32) | (u32)p;
        }
    }
    block_sync(b);
    for (int c = b.tid; c < n; c += b.nt) sort_keys(column_keys(B, sub, c), column_length(B, sub, c));
    block_sync(b);
}

/** The weight entry a key names. */
YUMA_HD i64 key_entry(const Buffers& B, const Subnet& sub, u64 key) { return w_row(B, sub, key_row(key)) + key_pos(key); }

/**
 * col_clip_sparse(weights, consensus) in place of the weights' positions (WORK_C_VAL, DROPPED
 * where the chain drops the entry), and row_sum_sparse of the result: the validator trust.
 */
YUMA_STEP void clip_step(Block& b, const Buffers& B, const Subnet& sub) {
    for (int i = b.tid; i < sub.n; i += b.nt) {
        i64 r0 = w_row(B, sub, i);
        int len = B.w_len[sub.base + i];
        i64 trust = 0;
        for (int p = 0; p < len; p++) {
            i64 value = B.w_val[r0 + p];
            i64 threshold = B.consensus[sub.base + B.w_col[r0 + p]];
            i64 clipped = threshold < value ? (threshold > FX_ZERO ? threshold : DROPPED) : value;
            B.c_val[r0 + p] = clipped;
            if (clipped != DROPPED) trust = wrap_add(trust, clipped);
        }
        B.vtrust[sub.base + i] = trust;
    }
    block_sync(b);
}

/**
 * matmul_sparse(clipped, active_stake): column j sums active_stake[i] * clipped[i][j] with
 * saturating adds in row order (walking the column's sorted keys), then inplace_normalize.
 */
YUMA_STEP void incentive_step(Block& b, const Buffers& B, const Subnet& sub) {
    i64 partial = 0;
    for (int c = b.tid; c < sub.n; c += b.nt) {
        const u64* keys = column_keys(B, sub, c);
        int m = column_length(B, sub, c);
        i64 acc = FX_ZERO;
        for (int t = 0; t < m; t++) {
            i64 clipped = B.c_val[key_entry(B, sub, keys[t])];
            if (clipped != DROPPED) acc = sat_add(acc, sat_mul(B.active_stake[sub.base + key_row(keys[t])], clipped));
        }
        B.incentive[sub.base + c] = acc;
        partial = wrap_add(partial, acc);
    }
    i64 sum = block_sum(b, partial);
    if (sum != FX_ZERO) {
        for (int c = b.tid; c < sub.n; c += b.nt) B.incentive[sub.base + c] = safe_div(B.incentive[sub.base + c], sum);
    }
    block_sync(b);
}

} // namespace yuma
