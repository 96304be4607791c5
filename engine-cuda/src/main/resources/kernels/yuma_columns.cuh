// yuma_columns.cuh: inplace_col_normalize_sparse and inplace_col_max_upscale_sparse over any of
// the chunk's sparse matrices, with the chain's result whatever the thread order.
//
// A column's saturating sum depends on the order of its terms only when terms of both signs
// meet: for terms that are all non-negative, every order gives min(MAX, exact sum). So the
// columns are summed exactly in 128 bits with atomics and clamped, unless some value of the
// matrix is negative; then one thread sums every column in the chain's order (rows in order,
// entries in stored order). Only the bonds delta of a subnet with negative active stake (which
// takes wrapped stake sums) ever goes that way.
#pragma once
#include "yuma_block.cuh"
#include "yuma_subnet.cuh"

namespace yuma {

/** Which buffers' row offsets a matrix uses. */
enum Space { SPACE_WEIGHTS, SPACE_BONDS, SPACE_EMA };

YUMA_HD i64 row_start(const Buffers& B, const Subnet& sub, Space space, int i) {
    return space == SPACE_WEIGHTS ? w_row(B, sub, i) : space == SPACE_BONDS ? b_row(B, sub, i) : e_row(B, sub, i);
}

/** A sparse matrix of the chunk: row i at row_start(space, i), len[base + i] entries. */
struct Matrix {
    Space space;
    const u16* col;
    i64* val;
    const i32* len;
};

/** Column sums into WORK_COL_SUM[base + c] (saturating, as the chain's loop gives them). */
YUMA_STEP void column_sums(Block& b, const Buffers& B, const Subnet& sub, const Matrix& m) {
    int n = sub.n;
    bool negative = false;
    for (int i = b.tid; i < n; i += b.nt) {
        i64 r0 = row_start(B, sub, m.space, i);
        for (int p = 0; p < m.len[sub.base + i]; p++) negative |= m.val[r0 + p] < 0;
    }
    negative = block_any(b, negative);
    u64* lo = (u64*)B.col_sum + sub.base;
    u64* hi = B.col_sum_hi + sub.base;
    for (int c = b.tid; c < n; c += b.nt) {
        lo[c] = 0;
        hi[c] = 0;
    }
    block_sync(b);
    if (negative) {
        if (b.tid == 0) {
            i64* sum = B.col_sum + sub.base;
            for (int i = 0; i < n; i++) {
                i64 r0 = row_start(B, sub, m.space, i);
                for (int p = 0; p < m.len[sub.base + i]; p++) {
                    int j = m.col[r0 + p];
                    if (j < n) sum[j] = sat_add(sum[j], m.val[r0 + p]);
                }
            }
        }
        block_sync(b);
        return;
    }
    for (int i = b.tid; i < n; i += b.nt) {
        i64 r0 = row_start(B, sub, m.space, i);
        for (int p = 0; p < m.len[sub.base + i]; p++) {
            int j = m.col[r0 + p];
            if (j < n) {
                u64 v = (u64)m.val[r0 + p];
                if (atomic_add_u64(&lo[j], v) + v < v) atomic_add_u64(&hi[j], 1); // carry out of the low word
            }
        }
    }
    block_sync(b);
    for (int c = b.tid; c < n; c += b.nt) {
        if (hi[c] != 0 || (i64)lo[c] < 0) lo[c] = (u64)FX_MAX;
    }
    block_sync(b);
}

/** Every entry whose column's WORK_COL_SUM is non-zero divided by it (safe_div). */
YUMA_STEP void divide_by_columns(Block& b, const Buffers& B, const Subnet& sub, const Matrix& m) {
    const i64* d = B.col_sum + sub.base;
    for (int i = b.tid; i < sub.n; i += b.nt) {
        i64 r0 = row_start(B, sub, m.space, i);
        for (int p = 0; p < m.len[sub.base + i]; p++) {
            int j = m.col[r0 + p];
            i64 divisor = j < sub.n ? d[j] : FX_ZERO;
            if (divisor != FX_ZERO) m.val[r0 + p] = safe_div(m.val[r0 + p], divisor);
        }
    }
    block_sync(b);
}

/** inplace_col_normalize_sparse(m, n). */
YUMA_STEP void col_normalize(Block& b, const Buffers& B, const Subnet& sub, const Matrix& m) {
    column_sums(b, B, sub, m);
    divide_by_columns(b, B, sub, m);
}

/** inplace_col_max_upscale_sparse(m, n): the maximum is order-free. */
YUMA_STEP void col_max_upscale(Block& b, const Buffers& B, const Subnet& sub, const Matrix& m) {
    i64* top = B.col_sum + sub.base;
    for (int c = b.tid; c < sub.n; c += b.nt) top[c] = FX_ZERO;
    block_sync(b);
    for (int i = b.tid; i < sub.n; i += b.nt) {
        i64 r0 = row_start(B, sub, m.space, i);
        for (int p = 0; p < m.len[sub.base + i]; p++) {
            int j = m.col[r0 + p];
            if (j < sub.n) atomic_max_i64(&top[j], m.val[r0 + p]);
        }
    }
    block_sync(b);
    divide_by_columns(b, B, sub, m);
}

} // namespace yuma
