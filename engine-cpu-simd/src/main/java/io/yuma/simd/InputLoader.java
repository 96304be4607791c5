package io.yuma.simd;

import static io.yuma.batch.layout.BatchLayout.LONG;
import static io.yuma.batch.layout.BatchLayout.U16;

import io.yuma.batch.SubnetBatch;
import io.yuma.fixed.I32F32;
import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Reads one subnet's columns and sparse rows from a {@link SubnetBatch} into the workspace. Each
 * column is bulk-copied (one copy per column, not an access per entry), and the chain's masks of
 * weights and bonds are applied while the rows are converted, in one pass.
 *
 * <p>The masks that compare a uid's block with the registration block of each column it names
 * pass every column below n when that block is later than all the subnet's registrations (the
 * usual case: uids register long before they set weights). Such a row's entries are converted on
 * lanes, u16 columns to ints and u16 values to I32F32, a vector of entries at a time; a vector
 * holding an entry the remaining masks drop (a column beyond n, a validator's own column) goes
 * through the per-entry masks like every entry of the other rows.
 */
final class InputLoader {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    /** As many u16 lanes as {@link #INTS} has, in half its bits. */
    private static final VectorSpecies<Short> SHORTS =
            ShortVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(INTS.vectorBitSize() / 2));
    /** How many long vectors an int vector's entries fill. */
    private static final int LONG_PARTS = INTS.length() / LONGS.length();
    private static final int U16_MAX = 0xFFFF;

    private final Workspace w;
    /** The subnet's latest block_at_registration, as unsigned; set by {@link #uidColumns}. */
    private long latestRegistration;

    /** @param w the workspace the inputs are read into */
    InputLoader(Workspace w) {
        this.w = w;
    }

    /**
     * Copies {@code last_update} and {@code block_at_registration} into the workspace.
     *
     * @param batch the batch
     * @param base the subnet's uid 0 in the batch's uid columns
     * @param n the subnet's uids
     */
    void uidColumns(SubnetBatch batch, long base, int n) {
        MemorySegment.copy(batch.lastUpdate(), LONG, base * 8, w.lastUpdate, 0, n);
        MemorySegment.copy(batch.blockAtRegistration(), LONG, base * 8, w.blockAtRegistration, 0, n);
        long latest = 0;
        for (int j = 0; j < n; j++) {
            long registered = w.blockAtRegistration[j];
            latest = Long.compareUnsigned(registered, latest) > 0 ? registered : latest;
        }
        latestRegistration = latest;
    }

    /**
     * {@code get_weights_sparse} (columns below n, as I32F32) through {@code mask_rows_sparse}
     * (by {@code w.forbids}), the diagonal mask (the owner keeps its own weight), the outdated mask
     * and, when enabled, the commit-reveal mask, in one pass, into {@code w.weights}.
     *
     * @param batch the batch
     * @param base the subnet's uid 0 in the batch's uid columns and rows
     * @param n the subnet's uids
     * @param ownerUid the owner's uid, or -1
     * @param commitReveal whether weights committed before a uid registered are masked too
     */
    void weights(SubnetBatch batch, long base, int n, int ownerUid, boolean commitReveal) {
        if (commitReveal) {
            MemorySegment.copy(batch.commitBlock(), LONG, base * 8, w.commitBlock, 0, n);
        }
        int first = copyRows(batch.weights(), base, n);
        long[] rowStart = w.storedRowStart;
        SparseRows weights = w.weights;
        weights.reset(n);
        weights.reserve((int) (rowStart[n] - first));
        int size = 0;
        long[] lastUpdate = w.lastUpdate;
        long[] commitBlock = w.commitBlock;
        for (int i = 0; i < n; i++) {
            int start = (int) (rowStart[i] - first);
            int end = (int) (rowStart[i + 1] - first);
            if (!w.forbids[i]) {
                boolean blocksPassAll = Long.compareUnsigned(lastUpdate[i], latestRegistration) > 0
                        && (!commitReveal || Long.compareUnsigned(commitBlock[i], latestRegistration) >= 0);
                int lanesEnd = blocksPassAll ? start + INTS.loopBound(end - start) : start;
                size = weightsOnLanes(start, lanesEnd, i, n, ownerUid, commitReveal, size);
                size = maskedWeights(lanesEnd, end, i, n, ownerUid, commitReveal, size);
            }
            weights.size = size;
            weights.endRow();
        }
    }

    /**
     * Appends the kept entries {@code [from, to)} of row i, whole vectors of them, when the block
     * masks pass every column below n: a vector with no column at or beyond n and not the row's
     * own is converted on lanes, any other (the owner's own column included) through
     * {@link #maskedWeights}; {@return the new size}.
     */
    private int weightsOnLanes(int from, int to, int i, int n, int ownerUid, boolean commitReveal, int size) {
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        int[] outCol = w.weights.col;
        long[] outVal = w.weights.val;
        IntVector own = IntVector.broadcast(INTS, i);
        for (int e = from; e < to; e += INTS.length()) {
            IntVector cols = (IntVector) ShortVector.fromArray(SHORTS, columns, e)
                    .convertShape(VectorOperators.ZERO_EXTEND_S2I, INTS, 0);
            VectorMask<Integer> kept = cols.compare(VectorOperators.LT, n).and(cols.compare(VectorOperators.NE, own));
            if (!kept.allTrue()) {
                size = maskedWeights(e, e + INTS.length(), i, n, ownerUid, commitReveal, size);
                continue;
            }
            cols.intoArray(outCol, size);
            ShortVector raw = ShortVector.fromArray(SHORTS, values, e);
            for (int part = 0; part < LONG_PARTS; part++) {
                LongVector v = (LongVector) raw.convertShape(VectorOperators.ZERO_EXTEND_S2L, LONGS, part);
                v.lanewise(VectorOperators.LSHL, 32).intoArray(outVal, size + part * LONGS.length());
            }
            size += INTS.length();
        }
        return size;
    }

    /**
     * Appends the entries {@code [from, to)} of row i that the
     * weights' masks keep, one by one; {@return the new size}.
     */
    private int maskedWeights(int from, int to, int i, int n, int ownerUid, boolean commitReveal, int size) {
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        int[] outCol = w.weights.col;
        long[] outVal = w.weights.val;
        long updated = w.lastUpdate[i];
        long[] bar = w.blockAtRegistration;
        for (int e = from; e < to; e++) {
            int j = Short.toUnsignedInt(columns[e]);
            if (j >= n || (j == i && i != ownerUid) || Long.compareUnsigned(updated, bar[j]) <= 0
                    || (commitReveal && Long.compareUnsigned(w.commitBlock[i], bar[j]) < 0)) {
                continue;
            }
            outCol[size] = j;
            outVal[size] = (long) Short.toUnsignedInt(values[e]) << 32;
            size++;
        }
        return size;
    }

    /**
     * {@code get_bonds_sparse} (every column, as I32F32), or with {@code asProportion}
     * {@code get_bonds_sparse_fixed_proportion} (divided by 65535), through the mask of bonds to
     * uids registered since the last tempo, into {@code w.bonds}.
     *
     * @param batch the batch
     * @param base the subnet's uid 0 in the batch's uid columns and rows
     * @param n the subnet's uids
     * @param lastTempo the block of the last tempo
     * @param asProportion whether bonds are read as proportions (Yuma3)
     * @param columnSums where the bonds are column-normalized next, receives their column sums
     *     ({@link Lanes#addColumnSums}, columns below n; zero on entry); else null
     */
    void bonds(SubnetBatch batch, long base, int n, long lastTempo, boolean asProportion, long[] columnSums) {
        int first = copyRows(batch.bonds(), base, n);
        long[] rowStart = w.storedRowStart;
        SparseRows bonds = w.bonds;
        bonds.reset(n);
        int count = (int) (rowStart[n] - first);
        bonds.reserve(count);
        if (lastTempo != 0 && Long.compareUnsigned(lastTempo, latestRegistration) > 0) {
            // no bond is masked (a column beyond n counts as registered at block 0): convert them all
            convertAll(count, asProportion);
            for (int i = 0; i < n; i++) {
                bonds.size = (int) (rowStart[i + 1] - first);
                bonds.endRow();
            }
            if (columnSums != null) {
                Lanes.addColumnSums(bonds, n, columnSums);
            }
            return;
        }
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        int[] outCol = bonds.col;
        long[] outVal = bonds.val;
        int size = 0;
        long[] bar = w.blockAtRegistration;
        for (int i = 0; i < n; i++) {
            int start = (int) (rowStart[i] - first);
            int end = (int) (rowStart[i + 1] - first);
            for (int e = start; e < end; e++) {
                int j = Short.toUnsignedInt(columns[e]);
                long registered = j < n ? bar[j] : 0L;
                if (Long.compareUnsigned(lastTempo, registered) <= 0) {
                    continue;
                }
                int bond = Short.toUnsignedInt(values[e]);
                long value = asProportion ? I32F32.u16ProportionToFixed(bond) : (long) bond << 32;
                outCol[size] = j;
                outVal[size] = value;
                size++;
                if (columnSums != null && j < n) {
                    columnSums[j] = I32F32.saturatingAdd(columnSums[j], value);
                }
            }
            bonds.size = size;
            bonds.endRow();
        }
    }

    /**
     * Converts the first {@code count} stored bonds, every one kept, into {@code w.bonds} on
     * lanes: u16 columns to ints, u16 values to I32F32 ({@code v << 32}) or, as proportions, to
     * {@code floor(v * 2^32 / 65535)}, which is {@code v * 65537 + (v == 65535 ? 1 : 0)} since
     * {@code 2^32 = 65535 * 65537 + 1} and {@code v <= 65535}.
     */
    private void convertAll(int count, boolean asProportion) {
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        int[] outCol = w.bonds.col;
        long[] outVal = w.bonds.val;
        int e = 0;
        for (int bound = INTS.loopBound(count); e < bound; e += INTS.length()) {
            ShortVector cols = ShortVector.fromArray(SHORTS, columns, e);
            ((IntVector) cols.convertShape(VectorOperators.ZERO_EXTEND_S2I, INTS, 0)).intoArray(outCol, e);
            ShortVector raw = ShortVector.fromArray(SHORTS, values, e);
            for (int part = 0; part < LONG_PARTS; part++) {
                LongVector v = (LongVector) raw.convertShape(VectorOperators.ZERO_EXTEND_S2L, LONGS, part);
                LongVector fixed = asProportion
                        ? v.lanewise(VectorOperators.LSHL, 16).add(v).add(1L, v.compare(VectorOperators.EQ, U16_MAX))
                        : v.lanewise(VectorOperators.LSHL, 32);
                fixed.intoArray(outVal, e + part * LONGS.length());
            }
        }
        for (; e < count; e++) {
            int bond = Short.toUnsignedInt(values[e]);
            outCol[e] = Short.toUnsignedInt(columns[e]);
            outVal[e] = asProportion ? I32F32.u16ProportionToFixed(bond) : (long) bond << 32;
        }
    }

    /**
     * Bulk-copies rows {@code base .. base+n-1} of a stored matrix into the workspace's heap
     * arrays (one copy per column, not an access per entry).
     *
     * @return the global index of the rows' first entry
     */
    private int copyRows(SubnetBatch.Csr stored, long base, int n) {
        w.ensureStored(n);
        MemorySegment.copy(stored.rowStart(), LONG, base * 8, w.storedRowStart, 0, n + 1);
        long first = w.storedRowStart[0];
        int count = (int) (w.storedRowStart[n] - first);
        w.ensureStoredEntries(count);
        MemorySegment.copy(stored.columns(), U16, first * 2, w.storedColumns, 0, count);
        MemorySegment.copy(stored.values(), U16, first * 2, w.storedValues, 0, count);
        return (int) first;
    }
}
