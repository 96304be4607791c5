// yuma_rows.cuh: the rows that have any work, so that the row steps with a dense pass per row
// (interpolation, the EMAs) spread the busy rows over all threads. A subnet's weights and bonds
// usually come from a few validators, at uids nobody chose for this kernel's thread striding.
#pragma once
#include "yuma_block.cuh"
#include "yuma_subnet.cuh"

namespace yuma {

/**
 * Lists, in row order, the rows with stored weights or stored bonds in WORK_ROWS and returns how
 * many; zeroes every row's weights-for-bonds and EMA lengths, so the steps that walk only the
 * listed rows leave the others empty, as the chain would (no weights and no bonds give neither).
 */
YUMA_STEP int busy_rows_step(Block& b, const Buffers& B, const Subnet& sub) {
    int n = sub.n;
    i32* flag = B.scan + sub.col_base;
    for (int i = b.tid; i < n; i += b.nt) {
        bool busy = w_row_end(B, sub, i) > w_row(B, sub, i) || b_row_end(B, sub, i) > b_row(B, sub, i);
        flag[i] = busy ? 1 : 0;
        B.f_len[sub.base + i] = 0;
        B.e_len[sub.base + i] = 0;
    }
    block_sync(b);
    int busy = block_exclusive_scan(b, flag, flag, n);
    for (int i = b.tid; i < n; i += b.nt) {
        if (w_row_end(B, sub, i) > w_row(B, sub, i) || b_row_end(B, sub, i) > b_row(B, sub, i)) {
            B.rows[sub.base + flag[i]] = i;
        }
    }
    block_sync(b);
    return busy;
}

} // namespace yuma
