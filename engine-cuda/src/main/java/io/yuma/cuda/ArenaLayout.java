package io.yuma.cuda;

import io.yuma.batch.layout.BatchLayout;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each {@link Slot} of a slice lives in the device arena, and the argument table the kernel
 * reads at the arena's start ({@code kernels/yuma_args.cuh}).
 *
 * <pre>
 *  arena: | argument table (u64 words) | slot 0 | slot 1 | ... | WORK_DENSE |   each slot 256-byte aligned
 *  table: magic, version, subnets, uidOffset, weightOffset, bondOffset, maxN, threads, blocks,
 *         slotCount, uids, weightEntries, bondEntries, 0, 0, 0, then (offset, bytes) per slot
 * </pre>
 *
 * <p>Sizes: per-uid columns take U elements, the CSR row starts U + 1, per-subnet arrays of n + 1
 * take U + S, weight-shaped work arrays EW (the stored weight entries), bond-shaped EB, EMA-shaped
 * EW + EB (an EMA row never exceeds its weights row plus its bonds row), and the dense scratch
 * three rows of maxN words per thread per block.
 */
final class ArenaLayout {
    /** "YUMAARGS". */
    static final long MAGIC = 0x59554D4141524753L;
    static final long VERSION = 1;
    static final int ARG_SUBNETS = 2;
    static final int ARG_UID_OFFSET = 3;
    static final int ARG_W_OFFSET = 4;
    static final int ARG_B_OFFSET = 5;
    static final int ARG_MAX_N = 6;
    static final int ARG_THREADS = 7;
    static final int ARG_BLOCKS = 8;
    static final int ARG_SLOT_COUNT = 9;
    static final int ARG_UIDS = 10;
    static final int ARG_W_ENTRIES = 11;
    static final int ARG_B_ENTRIES = 12;
    static final int ARG_FIRST_SLOT = 16;
    /** Dense scratch rows per thread ({@code DENSE_ROWS} in yuma_args.cuh). */
    static final int DENSE_ROWS = 3;
    private static final long ALIGNMENT = 256;

    private final SubnetSlice slice;
    private final int threads;
    private final int blocks;
    private final Map<Slot, Long> offsets = new EnumMap<>(Slot.class);
    private final long totalBytes;

    ArenaLayout(SubnetSlice slice, int threads, int blocks) {
        this.slice = slice;
        this.threads = threads;
        this.blocks = blocks;
        long at = align(8L * argumentWords());
        for (Slot slot : Slot.values()) {
            offsets.put(slot, at);
            at = align(at + Math.max(1, bytes(slot)));
        }
        this.totalBytes = at;
    }

    /** Bytes the arena of this slice needs, without building the layout. */
    static long totalBytes(SubnetSlice slice, int threads, int blocks) {
        long at = align(8L * argumentWords());
        for (Slot slot : Slot.values()) {
            at = align(at + Math.max(1, bytes(slot, slice, threads, blocks)));
        }
        return at;
    }

    /** Dense scratch bytes of one block: three rows of maxN words per thread. */
    static long denseBytesPerBlock(int maxN, int threads) {
        return 8L * DENSE_ROWS * maxN * threads;
    }

    static int argumentWords() {
        return ARG_FIRST_SLOT + 2 * Slot.values().length;
    }

    SubnetSlice slice() {
        return slice;
    }

    int threads() {
        return threads;
    }

    int blocks() {
        return blocks;
    }

    long totalBytes() {
        return totalBytes;
    }

    /** Byte offset of {@code slot} in the arena. */
    long offset(Slot slot) {
        return offsets.get(slot);
    }

    /** Bytes of {@code slot} (before alignment). */
    long bytes(Slot slot) {
        return bytes(slot, slice, threads, blocks);
    }

    /** The argument table, little-endian u64 words, to copy to the arena's start. */
    long[] arguments() {
        long[] args = new long[argumentWords()];
        args[0] = MAGIC;
        args[1] = VERSION;
        args[ARG_SUBNETS] = slice.subnets();
        args[ARG_UID_OFFSET] = slice.uidOffset();
        args[ARG_W_OFFSET] = slice.weightOffset();
        args[ARG_B_OFFSET] = slice.bondOffset();
        args[ARG_MAX_N] = slice.maxN();
        args[ARG_THREADS] = threads;
        args[ARG_BLOCKS] = blocks;
        args[ARG_SLOT_COUNT] = Slot.values().length;
        args[ARG_UIDS] = slice.uids();
        args[ARG_W_ENTRIES] = slice.weightEntries();
        args[ARG_B_ENTRIES] = slice.bondEntries();
        for (Slot slot : Slot.values()) {
            args[ARG_FIRST_SLOT + 2 * slot.ordinal()] = offset(slot);
            args[ARG_FIRST_SLOT + 2 * slot.ordinal() + 1] = bytes(slot);
        }
        return args;
    }

    private static long align(long bytes) {
        return (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private static long bytes(Slot slot, SubnetSlice c, int threads, int blocks) {
        long u = c.uids();
        long s = c.subnets();
        long ew = c.weightEntries();
        long eb = c.bondEntries();
        return switch (slot) {
            case IN_RECORDS -> s * BatchLayout.SUBNET_RECORD_BYTES;
            case IN_ALPHA_STAKE, IN_TAO_STAKE, IN_LAST_UPDATE, IN_BLOCK_AT_REGISTRATION, IN_COMMIT_BLOCK,
                    OUT_STAKE, OUT_SERVER_EMISSION, OUT_VALIDATOR_EMISSION, OUT_EMISSION,
                    WORK_STAKE_HI, WORK_STAKE_LO, WORK_STAKE, WORK_ACTIVE_STAKE, WORK_CONSENSUS,
                    WORK_VALIDATOR_TRUST, WORK_INCENTIVE, WORK_DIVIDENDS, WORK_USE_STAKE, WORK_COL_SUM,
                    WORK_COL_SUM_HI -> 8 * u;
            case IN_VALIDATOR_PERMIT, OUT_ACTIVE, OUT_NEW_VALIDATOR_PERMIT, WORK_FLAGS -> u;
            case IN_WEIGHT_ROW_START, IN_BOND_ROW_START -> 8 * (u + 1);
            case IN_WEIGHT_COLUMN, IN_WEIGHT_VALUE, WORK_W_COL, WORK_F_COL -> 2 * ew;
            case IN_BOND_COLUMN, IN_BOND_VALUE, WORK_B_COL -> 2 * eb;
            case OUT_STAKE_WEIGHT, OUT_CONSENSUS, OUT_VALIDATOR_TRUST, OUT_INCENTIVE, OUT_DIVIDEND -> 2 * u;
            case OUT_BONDS -> 4 * (u + s) + 4 * (ew + eb);
            case OUT_STATUS -> 4 * s;
            case WORK_STAKED_ROWS, WORK_W_LEN, WORK_F_LEN, WORK_B_LEN, WORK_E_LEN, WORK_COL_CURSOR,
                    WORK_ROWS -> 4 * u;
            case WORK_COL_START, WORK_SCAN -> 4 * (u + s);
            case WORK_W_VAL, WORK_C_VAL, WORK_F_VAL, WORK_D_VAL, WORK_T_KEY -> 8 * ew;
            case WORK_B_VAL -> 8 * eb;
            case WORK_E_COL -> 2 * (ew + eb);
            case WORK_E_VAL, WORK_N_VAL -> 8 * (ew + eb);
            case WORK_DENSE -> blocks * denseBytesPerBlock(c.maxN(), threads);
        };
    }
}
