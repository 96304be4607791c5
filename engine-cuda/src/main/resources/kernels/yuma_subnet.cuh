// yuma_subnet.cuh: one subnet's record (io.yuma.batch.BatchLayout; a test checks the offsets
// match) and where its rows live in the chunk's buffers.
#pragma once
#include "yuma_args.cuh"

namespace yuma {

const int REC_BYTES = 128;
const int REC_N_OFFSET = 0;
const int REC_UID_BASE_OFFSET = 4;
const int REC_OWNER_UID_OFFSET = 8;
const int REC_FLAGS_OFFSET = 12;
const int REC_CURRENT_BLOCK_OFFSET = 16;
const int REC_ACTIVITY_CUTOFF_OFFSET = 24;
const int REC_LAST_MECHANISM_STEP_BLOCK_OFFSET = 32;
const int REC_BONDS_MOVING_AVERAGE_OFFSET = 40;
const int REC_STAKE_THRESHOLD_OFFSET = 48;
const int REC_TAO_WEIGHT_OFFSET = 56;
const int REC_RAO_EMISSION_OFFSET = 64;
const int REC_TEMPO_OFFSET = 72;
const int REC_KAPPA_OFFSET = 76;
const int REC_BONDS_PENALTY_OFFSET = 80;
const int REC_ALPHA_LOW_OFFSET = 84;
const int REC_ALPHA_HIGH_OFFSET = 88;
const int REC_ALPHA_SIGMOID_STEEPNESS_OFFSET = 92;
const int REC_MAX_ALLOWED_VALIDATORS_OFFSET = 96;

const int REC_FLAG_LIQUID_ALPHA = 1;
const int REC_FLAG_YUMA3 = 2;
const int REC_FLAG_COMMIT_REVEAL = 4;

/** Per-uid flag bits in WORK_FLAGS. */
const u8 UID_INACTIVE = 1;
const u8 UID_PERMIT = 2;      // validator permit before this epoch, the owner's included
const u8 UID_NEW_PERMIT = 4;  // is_topk_nonzero's permit for the next epoch, the owner's included

/** What every thread of a block knows about the subnet it works on. */
struct Subnet {
    int s;          // index in the chunk
    int n;
    int base;       // chunk index of uid 0 (per-uid buffers are indexed base + uid)
    int col_base;   // base + s: start of this subnet's n + 1 entries in WORK_COL_START / WORK_SCAN
    int slot;       // the block's dense scratch slot
    int owner;      // -1 for none (may be >= n)
    int flags;
    u64 current_block, activity_cutoff, last_mechanism_step_block, bonds_moving_average;
    u64 stake_threshold, tao_weight, rao_emission;
    int tempo, kappa, bonds_penalty, alpha_low, alpha_high, steepness, max_validators;
    int busy;       // rows with stored weights or bonds, listed in WORK_ROWS (see yuma_rows.cuh)
};

template <typename T>
YUMA_HD T record_field(const u8* record, int offset) {
    return *(const T*)(record + offset); // little-endian on both sides, naturally aligned
}

YUMA_HD Subnet load_subnet(const Buffers& B, int s, int slot) {
    const u8* r = B.records + (u64)s * REC_BYTES;
    Subnet sub;
    sub.s = s;
    sub.slot = slot;
    sub.n = record_field<i32>(r, REC_N_OFFSET);
    sub.base = (int)(record_field<i32>(r, REC_UID_BASE_OFFSET) - B.uid_offset);
    sub.col_base = sub.base + s;
    sub.owner = record_field<i32>(r, REC_OWNER_UID_OFFSET);
    sub.flags = record_field<i32>(r, REC_FLAGS_OFFSET);
    sub.current_block = record_field<u64>(r, REC_CURRENT_BLOCK_OFFSET);
    sub.activity_cutoff = record_field<u64>(r, REC_ACTIVITY_CUTOFF_OFFSET);
    sub.last_mechanism_step_block = record_field<u64>(r, REC_LAST_MECHANISM_STEP_BLOCK_OFFSET);
    sub.bonds_moving_average = record_field<u64>(r, REC_BONDS_MOVING_AVERAGE_OFFSET);
    sub.stake_threshold = record_field<u64>(r, REC_STAKE_THRESHOLD_OFFSET);
    sub.tao_weight = record_field<u64>(r, REC_TAO_WEIGHT_OFFSET);
    sub.rao_emission = record_field<u64>(r, REC_RAO_EMISSION_OFFSET);
    sub.tempo = record_field<i32>(r, REC_TEMPO_OFFSET);
    sub.kappa = record_field<i32>(r, REC_KAPPA_OFFSET);
    sub.bonds_penalty = record_field<i32>(r, REC_BONDS_PENALTY_OFFSET);
    sub.alpha_low = record_field<i32>(r, REC_ALPHA_LOW_OFFSET);
    sub.alpha_high = record_field<i32>(r, REC_ALPHA_HIGH_OFFSET);
    sub.steepness = record_field<i32>(r, REC_ALPHA_SIGMOID_STEEPNESS_OFFSET);
    sub.max_validators = record_field<i32>(r, REC_MAX_ALLOWED_VALIDATORS_OFFSET);
    sub.busy = 0;
    return sub;
}

// Row capacities: every per-entry buffer is indexed by where the row sits in the stored CSR, so
// no prefix sums are needed. A weights-shaped row (weights, clipped, weights for bonds) never
// outgrows its stored weights row; a bonds row never outgrows its stored bonds row; an EMA row
// holds at most the columns of both, so it gets the sum of the two.

/** First weight entry of row i (chunk index). */
YUMA_HD i64 w_row(const Buffers& B, const Subnet& sub, int i) { return B.w_row_start[sub.base + i] - B.w_offset; }
/** One past the last stored weight entry of row i. */
YUMA_HD i64 w_row_end(const Buffers& B, const Subnet& sub, int i) { return B.w_row_start[sub.base + i + 1] - B.w_offset; }
YUMA_HD i64 b_row(const Buffers& B, const Subnet& sub, int i) { return B.b_row_start[sub.base + i] - B.b_offset; }
YUMA_HD i64 b_row_end(const Buffers& B, const Subnet& sub, int i) { return B.b_row_start[sub.base + i + 1] - B.b_offset; }
/** First EMA entry of row i: the sum of both stored offsets is a prefix sum of both row lengths. */
YUMA_HD i64 e_row(const Buffers& B, const Subnet& sub, int i) { return w_row(B, sub, i) + b_row(B, sub, i); }

/** Dense scratch row `which` (0..DENSE_ROWS-1) of this thread: element j at the returned pointer + j * threads. */
YUMA_HD i64* dense_row(const Buffers& B, const Subnet& sub, const Block& b, int which) {
    // interleaved by thread so that a warp scanning j = 0..n-1 together reads consecutive words
    return B.dense + ((u64)sub.slot * DENSE_ROWS + which) * (u64)B.max_n * B.threads + b.tid;
}

YUMA_HD bool has(const Buffers& B, const Subnet& sub, int i, u8 flag) { return (B.flags[sub.base + i] & flag) != 0; }

} // namespace yuma
