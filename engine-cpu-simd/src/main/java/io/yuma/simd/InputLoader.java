package io.yuma.simd;

import static io.yuma.batch.layout.BatchLayout.LONG;
import static io.yuma.batch.layout.BatchLayout.U16;

import io.yuma.batch.SubnetBatch;
import io.yuma.fixed.I32F32;
import java.lang.foreign.MemorySegment;

/**
 * Reads one subnet's columns and sparse rows from a {@link SubnetBatch} into the workspace. Each
 * column is bulk-copied (one copy per column, not an access per entry), and the chain's masks of
 * weights and bonds are applied while the rows are converted, in one pass.
 */
final class InputLoader {
    private final Workspace w;

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
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        SparseRows weights = w.weights;
        weights.reset(n);
        weights.reserve((int) (rowStart[n] - first));
        int[] outCol = weights.col;
        long[] outVal = weights.val;
        int size = 0;
        long[] lastUpdate = w.lastUpdate;
        long[] bar = w.blockAtRegistration;
        long[] commitBlock = w.commitBlock;
        for (int i = 0; i < n; i++) {
            int start = (int) (rowStart[i] - first);
            int end = (int) (rowStart[i + 1] - first);
            if (!w.forbids[i]) {
                long updated = lastUpdate[i];
                for (int e = start; e < end; e++) {
                    int j = Short.toUnsignedInt(columns[e]);
                    if (j >= n || (j == i && i != ownerUid) || Long.compareUnsigned(updated, bar[j]) <= 0
                            || (commitReveal && Long.compareUnsigned(commitBlock[i], bar[j]) < 0)) {
                        continue;
                    }
                    outCol[size] = j;
                    outVal[size] = (long) Short.toUnsignedInt(values[e]) << 32;
                    size++;
                }
            }
            weights.size = size;
            weights.endRow();
        }
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
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        SparseRows bonds = w.bonds;
        bonds.reset(n);
        bonds.reserve((int) (rowStart[n] - first));
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
