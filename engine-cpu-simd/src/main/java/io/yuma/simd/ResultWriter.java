package io.yuma.simd;

import static io.yuma.batch.layout.BatchLayout.I32;
import static io.yuma.batch.layout.BatchLayout.LONG;
import static io.yuma.batch.layout.BatchLayout.U16;
import static io.yuma.batch.layout.BatchLayout.U8;
import static io.yuma.simd.LaneConversions.INTS_OF_LONGS;

import io.yuma.batch.BatchResults;
import io.yuma.fixed.I32F32;
import io.yuma.fixed.I96F32;
import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Writes one subnet's outputs from the workspace into {@link BatchResults}: the emissions in rao,
 * the u16 proportions, and the EMA bonds of the uids with a new validator permit. Each output is
 * staged in a heap array and bulk-copied (one copy per column).
 */
final class ResultWriter {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    /** As many shorts as {@link #LONGS} has lanes. */
    private static final VectorSpecies<Short> SHORTS =
            VectorSpecies.of(short.class, VectorShape.forBitSize(LONGS.vectorBitSize() / 4));
    private final Workspace w;

    /** @param w the workspace holding the subnet's results */
    ResultWriter(Workspace w) {
        this.w = w;
    }

    /**
     * Writes the per-uid outputs: emissions ({@code normalized * rao_emission} as u64), stake,
     * active, new permits, and stake weight, consensus, validator trust, incentive and dividend
     * as u16 proportions.
     *
     * @param n the subnet's uids
     * @param base the subnet's uid 0 in the result columns
     * @param raoEmission the rao the subnet emits
     * @param out the batch's results
     */
    void uidColumns(int n, long base, long raoEmission, BatchResults out) {
        long[] u64 = w.outU64;
        byte[] u8 = w.outU8;
        long[] server = w.serverEmission;
        long[] validator = w.validatorEmission;
        long[] combined = w.combinedEmission;
        for (int i = 0; i < n; i++) {
            u64[i] = I96F32.mulToU64(server[i], raoEmission);
        }
        MemorySegment.copy(u64, 0, out.serverEmission(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u64[i] = I96F32.mulToU64(validator[i], raoEmission);
        }
        MemorySegment.copy(u64, 0, out.validatorEmission(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u64[i] = I96F32.mulToU64(combined[i], raoEmission);
        }
        MemorySegment.copy(u64, 0, out.emission(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u64[i] = w.stakeHi[i]; // saturating_to_num::<u64>() of a non-negative I64F64: its integer part
        }
        MemorySegment.copy(u64, 0, out.stake(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u8[i] = (byte) (w.inactive[i] ? 0 : 1);
        }
        MemorySegment.copy(u8, 0, out.active(), U8, base, n);
        for (int i = 0; i < n; i++) {
            u8[i] = (byte) (w.newPermit[i] ? 1 : 0);
        }
        MemorySegment.copy(u8, 0, out.newValidatorPermit(), U8, base, n);
        writeProportions(w.stake, n, out.stakeWeight(), base);
        writeProportions(w.consensus, n, out.consensus(), base);
        writeProportions(w.validatorTrust, n, out.validatorTrust(), base);
        writeProportions(w.incentive, n, out.incentive(), base);
        writeProportions(w.dividends, n, out.dividend(), base);
    }

    /** {@code fixed_proportion_to_u16} of {@code x[0..n)} into a u16 result column. */
    private void writeProportions(long[] x, int n, MemorySegment column, long base) {
        short[] u16 = w.outU16;
        for (int i = 0; i < n; i++) {
            u16[i] = (short) proportionToU16(x[i]);
        }
        MemorySegment.copy(u16, 0, column, U16, base * 2, n);
    }

    /**
     * Writes the EMA bonds as u16 proportions, only the rows of uids with a new validator permit
     * (the others stored empty), into the subnet's bond block.
     *
     * @param s the subnet's index in the batch
     * @param n the subnet's uids
     * @param out the batch's results
     */
    void bonds(int s, int n, BatchResults out) {
        SparseRows ema = w.ema;
        boolean[] permit = w.newPermit;
        int[] rowStart = w.outRowStart;
        int entries = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = entries;
            if (permit[i]) {
                entries += ema.end(i) - ema.start(i);
            }
        }
        rowStart[n] = entries;
        w.ensureStoredEntries(entries);
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        int written = 0;
        for (int i = 0; i < n; i++) {
            if (permit[i]) {
                written = storeRow(ema, ema.start(i), ema.end(i), columns, values, written);
            }
        }
        MemorySegment block = out.allocateBonds(s, entries);
        MemorySegment.copy(rowStart, 0, block, I32, 0, n + 1);
        MemorySegment.copy(columns, 0, block, U16, BatchResults.bondColumnOffset(n), entries);
        MemorySegment.copy(values, 0, block, U16, BatchResults.bondValueOffset(n, entries), entries);
    }

    /**
     * Stores entries {@code from..to} as u16 columns and proportions at {@code written}: on lanes
     * while a vector's values lie in [0, 2^47) (the fast case of {@link #proportionToU16}), else
     * one by one. {@return where the next entry goes}
     */
    static int storeRow(SparseRows ema, int from, int to, short[] columns, short[] values, int written) {
        int k = from;
        for (int bound = from + LONGS.loopBound(to - from); k < bound; k += LONGS.length(), written += LONGS.length()) {
            LongVector x = LongVector.fromArray(LONGS, ema.val, k);
            if (x.compare(VectorOperators.UGE, 1L << 47).anyTrue()) {
                for (int t = k; t < k + LONGS.length(); t++) {
                    values[written + t - k] = (short) proportionToU16(ema.val[t]);
                }
            } else {
                LongVector u16 = x.lanewise(VectorOperators.LSHL, 16).sub(x).lanewise(VectorOperators.LSHR, 32);
                u16.blend(65535L, u16.compare(VectorOperators.GT, 65535L)).castShape(SHORTS, 0).reinterpretAsShorts()
                        .intoArray(values, written);
            }
            IntVector.fromArray(INTS_OF_LONGS, ema.col, k).castShape(SHORTS, 0).reinterpretAsShorts().intoArray(columns, written);
        }
        for (; k < to; k++, written++) {
            columns[written] = (short) ema.col[k];
            values[written] = (short) proportionToU16(ema.val[k]);
        }
        return written;
    }

    /**
     * {@code fixed_proportion_to_u16}: {@code x * 65535} (saturating), floored to an integer and
     * clamped to a u16. For {@code 0 <= x < 2^47} the product is {@code (x << 16) - x}, below 2^63,
     * so nothing saturates and the floor is a shift; other values take the chain's operations.
     */
    static int proportionToU16(long x) {
        if (x >= 0 && x < 1L << 47) {
            return (int) Math.min(((x << 16) - x) >>> 32, 65535);
        }
        return I32F32.fixedProportionToU16(x);
    }
}
