package io.yuma.batch;

import static io.yuma.batch.layout.BatchLayout.*;

import io.yuma.api.Bounds;
import io.yuma.api.CloseGuard;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The results of a {@link SubnetBatch}, off-heap: per-uid columns indexed like the batch's
 * ({@code uidBase(s) + uid}), and one bonds block per subnet.
 *
 * <pre>
 *  uid columns                          bonds block of subnet s (its own segment)
 *  active, newValidatorPermit  u8       rowStart i32[n + 1] | column u16[e] | value u16[e]
 *  stake, serverEmission,
 *  validatorEmission, emission u64
 *  stakeWeight, consensus,
 *  validatorTrust, incentive,
 *  dividend                    u16
 * </pre>
 *
 * <p>Engines write each subnet from one thread ({@link #put} and the column setters are safe for
 * distinct subnets at once). {@link #result} is a cheap on-heap copy of one subnet. Results belong
 * to the batch they were allocated for: engines refuse them with any other batch
 * ({@link #checkUsableFor}). {@link #close()} frees the memory, after which the results refuse work.
 */
public final class BatchResults implements AutoCloseable {
    private final SubnetBatch batch;
    private final Arena arena;
    private final MemorySegment active;
    private final MemorySegment newValidatorPermit;
    private final MemorySegment stake;
    private final MemorySegment serverEmission;
    private final MemorySegment validatorEmission;
    private final MemorySegment emission;
    private final MemorySegment stakeWeight;
    private final MemorySegment consensus;
    private final MemorySegment validatorTrust;
    private final MemorySegment incentive;
    private final MemorySegment dividend;
    private final MemorySegment[] bonds;
    private final CloseGuard guard;

    /**
     * Allocates result columns for every uid of {@code batch}.
     *
     * @param batch the batch these results are for, open
     * @throws NullPointerException when {@code batch} is null
     * @throws IllegalStateException when the batch is closed
     */
    public BatchResults(SubnetBatch batch) {
        Objects.requireNonNull(batch, "batch").checkOpen();
        this.batch = batch;
        this.guard = new CloseGuard(() -> "BatchResults of " + describe(batch));
        // Results live as the batch does: used by one thread, or shared by an engine's workers.
        this.arena = batch.threadConfined() ? Arena.ofConfined() : Arena.ofShared();
        long uids = Math.max(1, batch.totalUids());
        active = arena.allocate(uids, 64);
        newValidatorPermit = arena.allocate(uids, 64);
        stake = arena.allocate(uids * 8, 64);
        serverEmission = arena.allocate(uids * 8, 64);
        validatorEmission = arena.allocate(uids * 8, 64);
        emission = arena.allocate(uids * 8, 64);
        stakeWeight = arena.allocate(uids * 2, 64);
        consensus = arena.allocate(uids * 2, 64);
        validatorTrust = arena.allocate(uids * 2, 64);
        incentive = arena.allocate(uids * 2, 64);
        dividend = arena.allocate(uids * 2, 64);
        bonds = new MemorySegment[batch.subnets()];
    }

    /** {@return the batch these results belong to} */
    public SubnetBatch batch() { return batch; }
    /** {@return the {@code active} column, u8} */
    public MemorySegment active() { return active; }
    /** {@return the {@code new_validator_permit} column, u8} */
    public MemorySegment newValidatorPermit() { return newValidatorPermit; }
    /** {@return the {@code stake} column, u64} */
    public MemorySegment stake() { return stake; }
    /** {@return the {@code server_emission} column, u64} */
    public MemorySegment serverEmission() { return serverEmission; }
    /** {@return the {@code validator_emission} column, u64} */
    public MemorySegment validatorEmission() { return validatorEmission; }
    /** {@return the {@code emission} column, u64} */
    public MemorySegment emission() { return emission; }
    /** {@return the {@code stake_weight} column, u16} */
    public MemorySegment stakeWeight() { return stakeWeight; }
    /** {@return the {@code consensus} column, u16} */
    public MemorySegment consensus() { return consensus; }
    /** {@return the {@code validator_trust} column, u16} */
    public MemorySegment validatorTrust() { return validatorTrust; }
    /** {@return the {@code incentive} column, u16} */
    public MemorySegment incentive() { return incentive; }
    /** {@return the {@code dividend} column, u16} */
    public MemorySegment dividend() { return dividend; }

    /**
     * Checks these results can take {@code batch}'s results: both open, and allocated for this
     * very batch. Engines call it first in {@code runBatchInto}, so a results object from another
     * batch (whose columns would be too short, or silently misplaced) is refused in one place.
     *
     * @param batch the batch about to be computed into these results
     * @throws NullPointerException when {@code batch} is null
     * @throws IllegalStateException when the batch or these results are closed
     * @throws IllegalArgumentException when these results were allocated for another batch
     */
    public void checkUsableFor(SubnetBatch batch) {
        Objects.requireNonNull(batch, "batch").checkOpen();
        guard.checkOpen();
        if (batch != this.batch) {
            throw new IllegalArgumentException("these BatchResults were allocated for another batch ("
                    + describe(this.batch) + "), not for this one (" + describe(batch)
                    + "): allocate them with new BatchResults(batch) or engine.runBatch(batch)");
        }
    }

    private static String describe(SubnetBatch batch) {
        return batch.subnets() + " subnet" + (batch.subnets() == 1 ? "" : "s") + ", " + batch.totalUids() + " uids";
    }

    /**
     * Subnet {@code s}'s bonds block with room for {@code entries} entries: the block from an
     * earlier run when it is large enough (results reused across runs allocate nothing), else a
     * new one. The caller writes the row offsets, then columns and values at
     * {@link #bondColumnOffset} and {@link #bondValueOffset}.
     *
     * @param s a subnet of the batch
     * @param entries the number of bond entries to make room for, at least 0
     * @return the block, at least large enough
     * @throws IndexOutOfBoundsException when {@code s} is out of range
     * @throws IllegalArgumentException when {@code entries} is negative
     * @throws IllegalStateException when the batch or these results are closed
     */
    public MemorySegment allocateBonds(int s, int entries) {
        guard.checkOpen();
        int n = batch.n(s);
        if (entries < 0) {
            throw new IllegalArgumentException("subnet " + s + ": entries must be at least 0, was " + entries);
        }
        long bytes = 4L * (n + 1) + 4L * entries;
        MemorySegment block = bonds[s];
        if (block == null || block.byteSize() < bytes) {
            block = arena.allocate(bytes + bytes / 4, 8); // headroom for the next epoch's growth
            bonds[s] = block;
        }
        return block;
    }

    /**
     * {@return the byte offset of the first column in a bonds block of a subnet of {@code n} uids}
     *
     * @param n the subnet's uids
     */
    public static long bondColumnOffset(int n) {
        return 4L * (n + 1);
    }

    /**
     * {@return the byte offset of the first value in a bonds block of {@code n} uids and {@code entries} entries}
     *
     * @param n the subnet's uids
     * @param entries the block's bond entries
     */
    public static long bondValueOffset(int n, int entries) {
        return 4L * (n + 1) + 2L * entries;
    }

    /**
     * {@return subnet {@code s}'s bonds block, or null when not yet written}
     *
     * @param s a subnet of the batch
     * @throws IndexOutOfBoundsException when {@code s} is out of range
     * @throws IllegalStateException when these results are closed
     */
    public MemorySegment bonds(int s) {
        guard.checkOpen();
        return bonds[Bounds.check(s, bonds.length, "subnet", "the batch")];
    }

    /**
     * Writes an on-heap result as subnet {@code s}'s results.
     *
     * @param s a subnet of the batch
     * @param result its result, with as many uids as the subnet
     * @throws NullPointerException when {@code result} is null
     * @throws IndexOutOfBoundsException when {@code s} is out of range
     * @throws IllegalArgumentException when the result's uid count is not the subnet's
     * @throws IllegalStateException when the batch or these results are closed
     */
    public void put(int s, EpochResult result) {
        Objects.requireNonNull(result, "result");
        guard.checkOpen();
        long base = batch.uidBase(s);
        int n = result.n();
        if (n != batch.n(s)) {
            throw new IllegalArgumentException("subnet " + s + " has n = " + batch.n(s) + " but the result has "
                    + n + " uids");
        }
        for (int uid = 0; uid < n; uid++) {
            long at = base + uid;
            active.set(U8, at, (byte) (result.active(uid) ? 1 : 0));
            newValidatorPermit.set(U8, at, (byte) (result.newValidatorPermit(uid) ? 1 : 0));
            stake.setAtIndex(LONG, at, result.stake(uid));
            serverEmission.setAtIndex(LONG, at, result.serverEmission(uid));
            validatorEmission.setAtIndex(LONG, at, result.validatorEmission(uid));
            emission.setAtIndex(LONG, at, result.emission(uid));
            stakeWeight.setAtIndex(U16, at, (short) result.stakeWeight(uid));
            consensus.setAtIndex(U16, at, (short) result.consensus(uid));
            validatorTrust.setAtIndex(U16, at, (short) result.validatorTrust(uid));
            incentive.setAtIndex(U16, at, (short) result.incentive(uid));
            dividend.setAtIndex(U16, at, (short) result.dividend(uid));
        }
        SparseMatrix rows = result.bonds();
        MemorySegment block = allocateBonds(s, rows.entries());
        long columnAt = bondColumnOffset(n);
        long valueAt = bondValueOffset(n, rows.entries());
        for (int row = 0; row < n; row++) {
            block.setAtIndex(I32, row, rows.rowStart(row));
        }
        block.setAtIndex(I32, n, rows.entries());
        for (int k = 0; k < rows.entries(); k++) {
            block.set(U16, columnAt + 2L * k, (short) rows.columnAt(k));
            block.set(U16, valueAt + 2L * k, (short) rows.valueAt(k));
        }
    }

    /**
     * {@return an on-heap copy of subnet {@code s}'s result}
     *
     * @param s a subnet of the batch
     * @throws IndexOutOfBoundsException when {@code s} is out of range
     * @throws IllegalStateException when the batch or these results are closed, or subnet
     *     {@code s} has no results yet
     */
    public EpochResult result(int s) {
        guard.checkOpen();
        int n = batch.n(s);
        long base = batch.uidBase(s);
        boolean[] activeOut = new boolean[n];
        boolean[] permitOut = new boolean[n];
        int[][] u16s = new int[5][n];
        MemorySegment[] u16Columns = {stakeWeight, consensus, validatorTrust, incentive, dividend};
        for (int uid = 0; uid < n; uid++) {
            activeOut[uid] = active.get(U8, base + uid) != 0;
            permitOut[uid] = newValidatorPermit.get(U8, base + uid) != 0;
            for (int c = 0; c < u16Columns.length; c++) {
                u16s[c][uid] = Short.toUnsignedInt(u16Columns[c].getAtIndex(U16, base + uid));
            }
        }
        MemorySegment block = bonds[s];
        if (block == null) {
            throw new IllegalStateException("subnet " + s + " has no results yet");
        }
        int entries = block.getAtIndex(I32, n);
        SparseMatrix.Builder rows = new SparseMatrix.Builder(n);
        long columnAt = bondColumnOffset(n);
        long valueAt = bondValueOffset(n, entries);
        for (int row = 0; row < n; row++) {
            for (int k = block.getAtIndex(I32, row); k < block.getAtIndex(I32, row + 1); k++) {
                rows.add(Short.toUnsignedInt(block.get(U16, columnAt + 2L * k)),
                        Short.toUnsignedInt(block.get(U16, valueAt + 2L * k)));
            }
            rows.endRow();
        }
        return new EpochResult(activeOut, u64s(stake, base, n), u16s[0], u16s[1], u16s[2], u16s[3], u16s[4],
                permitOut, u64s(serverEmission, base, n), u64s(validatorEmission, base, n), u64s(emission, base, n),
                rows.build(), null);
    }

    /**
     * {@return on-heap copies of every subnet's result, in batch order}
     *
     * @throws IllegalStateException when the batch or these results are closed, or a subnet has
     *     no results yet
     */
    public List<EpochResult> results() {
        List<EpochResult> all = new ArrayList<>(batch.subnets());
        for (int s = 0; s < batch.subnets(); s++) {
            all.add(result(s));
        }
        return all;
    }

    private static long[] u64s(MemorySegment column, long base, int n) {
        return column.asSlice(base * 8, n * 8L).toArray(LONG);
    }

    /** Frees the results' memory; later calls do nothing. */
    @Override
    public void close() {
        if (guard.close()) {
            arena.close();
        }
    }
}
