// yuma_args.cuh: how the Java side hands a chunk of subnets to the kernel.
//
// Everything lives in one device allocation, the arena. Its first words are the argument table
// below; then come the buffers ("slots"), each at an offset the Java side chose
// (io.yuma.cuda.ArenaLayout, whose Slot enum lists the same names in the same order; a test
// checks that). Inputs are byte-for-byte slices of the off-heap SubnetBatch, outputs are
// byte-for-byte the BatchResults columns, so both directions are plain copies.
#pragma once
#include "yuma_platform.cuh"

namespace yuma {

// clang-format off
#define YUMA_SLOTS(X) \
    X(IN_RECORDS) X(IN_ALPHA_STAKE) X(IN_TAO_STAKE) X(IN_LAST_UPDATE) X(IN_BLOCK_AT_REGISTRATION) \
    X(IN_COMMIT_BLOCK) X(IN_VALIDATOR_PERMIT) X(IN_WEIGHT_ROW_START) X(IN_WEIGHT_COLUMN) X(IN_WEIGHT_VALUE) \
    X(IN_BOND_ROW_START) X(IN_BOND_COLUMN) X(IN_BOND_VALUE) \
    X(OUT_ACTIVE) X(OUT_NEW_VALIDATOR_PERMIT) X(OUT_STAKE) X(OUT_SERVER_EMISSION) X(OUT_VALIDATOR_EMISSION) \
    X(OUT_EMISSION) X(OUT_STAKE_WEIGHT) X(OUT_CONSENSUS) X(OUT_VALIDATOR_TRUST) X(OUT_INCENTIVE) \
    X(OUT_DIVIDEND) X(OUT_BONDS) X(OUT_STATUS) \
    X(WORK_STAKE_HI) X(WORK_STAKE_LO) X(WORK_STAKE) X(WORK_ACTIVE_STAKE) X(WORK_CONSENSUS) \
    X(WORK_VALIDATOR_TRUST) X(WORK_INCENTIVE) X(WORK_DIVIDENDS) X(WORK_USE_STAKE) X(WORK_COL_SUM) \
    X(WORK_COL_SUM_HI) X(WORK_STAKED_ROWS) X(WORK_W_LEN) X(WORK_F_LEN) X(WORK_B_LEN) X(WORK_E_LEN) \
    X(WORK_COL_CURSOR) X(WORK_FLAGS) X(WORK_COL_START) X(WORK_SCAN) X(WORK_ROWS) \
    X(WORK_W_COL) X(WORK_W_VAL) X(WORK_C_VAL) X(WORK_F_COL) X(WORK_F_VAL) X(WORK_D_VAL) X(WORK_T_KEY) \
    X(WORK_B_COL) X(WORK_B_VAL) X(WORK_E_COL) X(WORK_E_VAL) X(WORK_N_VAL) X(WORK_DENSE)
// clang-format on

#define YUMA_SLOT_ENUM(name) SLOT_##name,
enum Slot { YUMA_SLOTS(YUMA_SLOT_ENUM) SLOT_COUNT };
#undef YUMA_SLOT_ENUM

/** Word indices of the argument table at the start of the arena. */
enum Arg {
    ARG_MAGIC = 0,
    ARG_VERSION = 1,
    ARG_SUBNETS = 2,     // subnets in this chunk
    ARG_UID_OFFSET = 3,  // batch-wide index of the chunk's first uid (the records' uidBase counts from the batch)
    ARG_W_OFFSET = 4,    // batch-wide index of the chunk's first weight entry (the row starts count from the batch)
    ARG_B_OFFSET = 5,    // same for bond entries
    ARG_MAX_N = 6,       // largest n in the chunk: the length of each dense scratch row
    ARG_THREADS = 7,     // threads per block the dense scratch is laid out for
    ARG_BLOCKS = 8,      // blocks launched: one dense scratch slot each
    ARG_SLOT_COUNT = 9,
    ARG_UIDS = 10,       // uids in this chunk
    ARG_W_ENTRIES = 11,  // weight entries in this chunk
    ARG_B_ENTRIES = 12,  // bond entries in this chunk
    ARG_FIRST_SLOT = 16  // slot k: byte offset at word 16 + 2k, byte length at word 17 + 2k
};

const u64 ARGS_MAGIC = 0x59554D4141524753ULL; // "YUMAARGS"
const u64 ARGS_VERSION = 1;

/** Per-subnet status written to OUT_STATUS. */
enum Status { STATUS_OK = 0, STATUS_N_ABOVE_MAX = 1, STATUS_CAPACITY = 2, STATUS_BAD_ARGS = 3 };

/** Dense scratch rows per thread (interpolation and the EMAs use up to three at once). */
const int DENSE_ROWS = 3;

/** Typed views of the slots, the scalars of the argument table, and nothing else. */
struct Buffers {
    int subnets;
    i64 uid_offset, w_offset, b_offset;
    int max_n, threads, blocks;

    const u8* records;
    const u64 *alpha, *tao, *last_update, *bar, *commit;
    const u8* permit_in;
    const i64 *w_row_start, *b_row_start;
    const u16 *w_col_in, *w_val_in, *b_col_in, *b_val_in;

    u8 *out_active, *out_permit;
    u64 *out_stake, *out_server, *out_validator, *out_emission;
    u16 *out_stake_weight, *out_consensus, *out_vtrust, *out_incentive, *out_dividend;
    u8* out_bonds;
    i32* out_status;

    u64 *stake_hi, *stake_lo;
    i64 *stake, *active_stake, *consensus, *vtrust, *incentive, *dividends, *use_stake, *col_sum;
    u64* col_sum_hi;
    i32 *staked_rows, *w_len, *f_len, *b_len, *e_len, *col_cursor;
    u8* flags;
    i32 *col_start, *scan, *rows;
    u16 *w_col, *f_col, *b_col, *e_col;
    i64 *w_val, *c_val, *f_val, *d_val, *b_val, *e_val, *n_val;
    u64* t_key;
    i64* dense;
};

/** Fills `b` from the argument table; `slot(k)` gives slot k's address. */
template <typename SlotAddress>
YUMA_HD void bind_buffers(const u64* args, SlotAddress slot, Buffers& b) {
    b.subnets = (int)args[ARG_SUBNETS];
    b.uid_offset = (i64)args[ARG_UID_OFFSET];
    b.w_offset = (i64)args[ARG_W_OFFSET];
    b.b_offset = (i64)args[ARG_B_OFFSET];
    b.max_n = (int)args[ARG_MAX_N];
    b.threads = (int)args[ARG_THREADS];
    b.blocks = (int)args[ARG_BLOCKS];
    b.records = (const u8*)slot(SLOT_IN_RECORDS);
    b.alpha = (const u64*)slot(SLOT_IN_ALPHA_STAKE);
    b.tao = (const u64*)slot(SLOT_IN_TAO_STAKE);
    b.last_update = (const u64*)slot(SLOT_IN_LAST_UPDATE);
    b.bar = (const u64*)slot(SLOT_IN_BLOCK_AT_REGISTRATION);
    b.commit = (const u64*)slot(SLOT_IN_COMMIT_BLOCK);
    b.permit_in = (const u8*)slot(SLOT_IN_VALIDATOR_PERMIT);
    b.w_row_start = (const i64*)slot(SLOT_IN_WEIGHT_ROW_START);
    b.w_col_in = (const u16*)slot(SLOT_IN_WEIGHT_COLUMN);
    b.w_val_in = (const u16*)slot(SLOT_IN_WEIGHT_VALUE);
    b.b_row_start = (const i64*)slot(SLOT_IN_BOND_ROW_START);
    b.b_col_in = (const u16*)slot(SLOT_IN_BOND_COLUMN);
    b.b_val_in = (const u16*)slot(SLOT_IN_BOND_VALUE);
    b.out_active = (u8*)slot(SLOT_OUT_ACTIVE);
    b.out_permit = (u8*)slot(SLOT_OUT_NEW_VALIDATOR_PERMIT);
    b.out_stake = (u64*)slot(SLOT_OUT_STAKE);
    b.out_server = (u64*)slot(SLOT_OUT_SERVER_EMISSION);
    b.out_validator = (u64*)slot(SLOT_OUT_VALIDATOR_EMISSION);
    b.out_emission = (u64*)slot(SLOT_OUT_EMISSION);
    b.out_stake_weight = (u16*)slot(SLOT_OUT_STAKE_WEIGHT);
    b.out_consensus = (u16*)slot(SLOT_OUT_CONSENSUS);
    b.out_vtrust = (u16*)slot(SLOT_OUT_VALIDATOR_TRUST);
    b.out_incentive = (u16*)slot(SLOT_OUT_INCENTIVE);
    b.out_dividend = (u16*)slot(SLOT_OUT_DIVIDEND);
    b.out_bonds = (u8*)slot(SLOT_OUT_BONDS);
    b.out_status = (i32*)slot(SLOT_OUT_STATUS);
    b.stake_hi = (u64*)slot(SLOT_WORK_STAKE_HI);
    b.stake_lo = (u64*)slot(SLOT_WORK_STAKE_LO);
    b.stake = (i64*)slot(SLOT_WORK_STAKE);
    b.active_stake = (i64*)slot(SLOT_WORK_ACTIVE_STAKE);
    b.consensus = (i64*)slot(SLOT_WORK_CONSENSUS);
    b.vtrust = (i64*)slot(SLOT_WORK_VALIDATOR_TRUST);
    b.incentive = (i64*)slot(SLOT_WORK_INCENTIVE);
    b.dividends = (i64*)slot(SLOT_WORK_DIVIDENDS);
    b.use_stake = (i64*)slot(SLOT_WORK_USE_STAKE);
    b.col_sum = (i64*)slot(SLOT_WORK_COL_SUM);
    b.col_sum_hi = (u64*)slot(SLOT_WORK_COL_SUM_HI);
    b.staked_rows = (i32*)slot(SLOT_WORK_STAKED_ROWS);
    b.w_len = (i32*)slot(SLOT_WORK_W_LEN);
    b.f_len = (i32*)slot(SLOT_WORK_F_LEN);
    b.b_len = (i32*)slot(SLOT_WORK_B_LEN);
    b.e_len = (i32*)slot(SLOT_WORK_E_LEN);
    b.col_cursor = (i32*)slot(SLOT_WORK_COL_CURSOR);
    b.flags = (u8*)slot(SLOT_WORK_FLAGS);
    b.col_start = (i32*)slot(SLOT_WORK_COL_START);
    b.scan = (i32*)slot(SLOT_WORK_SCAN);
    b.rows = (i32*)slot(SLOT_WORK_ROWS);
    b.w_col = (u16*)slot(SLOT_WORK_W_COL);
    b.w_val = (i64*)slot(SLOT_WORK_W_VAL);
    b.c_val = (i64*)slot(SLOT_WORK_C_VAL);
    b.f_col = (u16*)slot(SLOT_WORK_F_COL);
    b.f_val = (i64*)slot(SLOT_WORK_F_VAL);
    b.d_val = (i64*)slot(SLOT_WORK_D_VAL);
    b.t_key = (u64*)slot(SLOT_WORK_T_KEY);
    b.b_col = (u16*)slot(SLOT_WORK_B_COL);
    b.b_val = (i64*)slot(SLOT_WORK_B_VAL);
    b.e_col = (u16*)slot(SLOT_WORK_E_COL);
    b.e_val = (i64*)slot(SLOT_WORK_E_VAL);
    b.n_val = (i64*)slot(SLOT_WORK_N_VAL);
    b.dense = (i64*)slot(SLOT_WORK_DENSE);
}

} // namespace yuma
