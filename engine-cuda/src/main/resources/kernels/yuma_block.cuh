// yuma_block.cuh: what the threads of one block do together for one subnet: sums, an
// exclusive scan, a flag any thread raised, and a per-thread sort.
//
// Every helper here is deterministic: partial results go to shared memory and thread 0 combines
// them in thread order. Only order-free combinations are used: wrapping sums (addition modulo
// 2^64 or 2^128 is associative), counts, or. The chain's order-sensitive saturating sums are never
// split across threads (see yuma_weights.cuh and yuma_bonds.cuh for how they are kept in order).
#pragma once
#include "yuma_wide.cuh"

namespace yuma {

/** The wrapping sum of every thread's `v` (the chain's plain `.sum()` of I32F32 values). */
YUMA_HD i64 block_sum(Block& b, i64 v) {
    b.sh->red[b.tid] = (u64)v;
    block_sync(b);
    if (b.tid == 0) {
        u64 total = 0;
        for (int t = 0; t < b.nt; t++) total += b.sh->red[t];
        b.sh->scalar[0] = total;
    }
    block_sync(b);
    i64 total = (i64)b.sh->scalar[0];
    block_sync(b); // nobody may overwrite red or scalar before everyone has read the total
    return total;
}

/** The wrapping 128-bit sum of every thread's value. */
YUMA_HD W128 block_sum128(Block& b, W128 v) {
    b.sh->red[b.tid] = v.lo;
    b.sh->redHi[b.tid] = v.hi;
    block_sync(b);
    if (b.tid == 0) {
        W128 total = w128(0, 0);
        for (int t = 0; t < b.nt; t++) total = w_add(total, w128(b.sh->redHi[t], b.sh->red[t]));
        b.sh->scalar[0] = total.lo;
        b.sh->scalar[1] = total.hi;
    }
    block_sync(b);
    W128 total = w128(b.sh->scalar[1], b.sh->scalar[0]);
    block_sync(b);
    return total;
}

/** True when any thread's `v` is. */
YUMA_HD bool block_any(Block& b, bool v) { return block_sum(b, v ? 1 : 0) != 0; }

/**
 * Exclusive prefix sums of in[0..count) into out[0..count], out[count] = the total, which is
 * returned. in may be out. Each thread scans a contiguous chunk, so the result is the
 * sequential one whatever the thread count.
 */
YUMA_HD i32 block_exclusive_scan(Block& b, const i32* in, i32* out, int count) {
    int chunk = (count + b.nt - 1) / b.nt;
    int from = b.tid * chunk < count ? b.tid * chunk : count;
    int to = from + chunk < count ? from + chunk : count;
    i64 local = 0;
    for (int k = from; k < to; k++) local += in[k];
    b.sh->red[b.tid] = (u64)local;
    block_sync(b);
    if (b.tid == 0) {
        u64 running = 0;
        for (int t = 0; t < b.nt; t++) {
            u64 part = b.sh->red[t];
            b.sh->red[t] = running;
            running += part;
        }
        b.sh->scalar[0] = running;
    }
    block_sync(b);
    i32 running = (i32)b.sh->red[b.tid];
    for (int k = from; k < to; k++) {
        i32 value = in[k];
        out[k] = running;
        running += value;
    }
    i32 total = (i32)b.sh->scalar[0];
    if (b.tid == 0) out[count] = total;
    block_sync(b);
    return total;
}

/** Sorts keys[0..m) ascending in place (heapsort: no extra memory, O(m log m) on one thread). */
YUMA_HD void sort_keys(u64* keys, int m) {
    for (int start = m / 2 - 1; start >= 0; start--) {
        for (int root = start;;) {
            int child = 2 * root + 1;
            if (child >= m) break;
            if (child + 1 < m && keys[child] < keys[child + 1]) child++;
            if (keys[root] >= keys[child]) break;
            u64 t = keys[root]; keys[root] = keys[child]; keys[child] = t;
            root = child;
        }
    }
    for (int end = m - 1; end > 0; end--) {
        u64 t = keys[0]; keys[0] = keys[end]; keys[end] = t;
        for (int root = 0;;) {
            int child = 2 * root + 1;
            if (child >= end) break;
            if (child + 1 < end && keys[child] < keys[child + 1]) child++;
            if (keys[root] >= keys[child]) break;
            u64 t2 = keys[root]; keys[root] = keys[child]; keys[child] = t2;
            root = child;
        }
    }
}

} // namespace yuma
