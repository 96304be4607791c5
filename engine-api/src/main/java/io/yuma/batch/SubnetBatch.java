package io.yuma.batch;

import static io.yuma.batch.layout.BatchLayout.*;

import io.yuma.api.Bounds;
import io.yuma.api.CloseGuard;
import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Many subnet epoch inputs packed off-heap in the columnar layout of {@link io.yuma.batch.layout.BatchLayout}.
 * Built with {@link Builder} one subnet at a time, so a batch streamed from files never exists
 * whole on the heap. Engines read the segments directly; {@link #input} gives an on-heap
 * {@link EpochInput} view of one subnet when that is more convenient.
 *
 * <p>Owns its memory: {@link #close()} frees it, after which the batch refuses work with an
 * {@link IllegalStateException} and the segments must not be touched. Reading is thread-safe.
 */
public final class SubnetBatch implements AutoCloseable {
    private final int subnets;
    private final long totalUids;
    private final List<Arena> arenas;
    private final boolean threadConfined;
    private final MemorySegment subnetRecords;
    private final MemorySegment alphaStake;
    private final MemorySegment taoStake;
    private final MemorySegment lastUpdate;
    private final MemorySegment blockAtRegistration;
    private final MemorySegment commitBlock;
    private final MemorySegment validatorPermit;
    private final Csr weights;
    private final Csr bonds;
    private final CloseGuard guard = new CloseGuard(this::describe);

    /**
     * Compressed rows of u16 entries: row offsets (i64), columns (u16), values (u16).
     *
     * @param rowStart the global index of each row's first entry, one more than the rows
     * @param columns the column of each entry, u16
     * @param values the value of each entry, u16
     */
    public record Csr(MemorySegment rowStart, MemorySegment columns, MemorySegment values) {
        /**
         * {@return the global index of row {@code row}'s first entry}
         *
         * @param row a row, indexed like the uid columns
         */
        public long start(long row) {
            return rowStart.getAtIndex(LONG, row);
        }

        /**
         * {@return the global index one past row {@code row}'s last entry}
         *
         * @param row a row, indexed like the uid columns
         */
        public long end(long row) {
            return rowStart.getAtIndex(LONG, row + 1);
        }

        /**
         * {@return the column of global entry {@code k}}
         *
         * @param k a global entry index
         */
        public int column(long k) {
            return Short.toUnsignedInt(columns.getAtIndex(U16, k));
        }

        /**
         * {@return the value of global entry {@code k}}
         *
         * @param k a global entry index
         */
        public int value(long k) {
            return Short.toUnsignedInt(values.getAtIndex(U16, k));
        }
    }

    /** A builder's first guess of weight and bond entries per uid, when it is not told them. */
    private static final long ENTRIES_PER_UID_GUESS = 8;

    private SubnetBatch(Builder b) {
        subnets = b.subnets;
        totalUids = b.totalUids;
        b.weightRowStart.reserve(LONG.byteSize()); // the closing offset of the last row
        b.weightRowStart.segment().set(LONG, b.weightRowStart.size() - 8, b.weightEntries);
        b.bondRowStart.reserve(LONG.byteSize());
        b.bondRowStart.segment().set(LONG, b.bondRowStart.size() - 8, b.bondEntries);
        threadConfined = b.threadConfined;
        arenas = new ArrayList<>();
        arenas.add(b.arena);
        subnetRecords = seal(b.records);
        alphaStake = seal(b.alphaStake);
        taoStake = seal(b.taoStake);
        lastUpdate = seal(b.lastUpdate);
        blockAtRegistration = seal(b.blockAtRegistration);
        commitBlock = seal(b.commitBlock);
        validatorPermit = seal(b.validatorPermit);
        weights = new Csr(seal(b.weightRowStart), seal(b.weightColumns), seal(b.weightValues));
        bonds = new Csr(seal(b.bondRowStart), seal(b.bondColumns), seal(b.bondValues));
    }

    private MemorySegment seal(GrowableSegment buffer) {
        Arena own = buffer.seal();
        if (own != null) {
            arenas.add(own);
        }
        return buffer.segment();
    }

    /**
     * {@return a builder for a batch of about {@code expectedSubnets} subnets of about {@code expectedUids} uids each}
     *
     * @param expectedSubnets subnets to reserve room for
     * @param expectedUids uids per subnet to reserve room for
     * @throws IllegalArgumentException when either is negative
     */
    public static Builder builder(int expectedSubnets, int expectedUids) {
        if (expectedSubnets < 0 || expectedUids < 0) {
            throw new IllegalArgumentException("expectedSubnets and expectedUids must be at least 0, were "
                    + expectedSubnets + " and " + expectedUids);
        }
        long uids = (long) expectedSubnets * expectedUids;
        return new Builder(false, expectedSubnets, uids, uids * ENTRIES_PER_UID_GUESS, uids * ENTRIES_PER_UID_GUESS);
    }

    /**
     * {@return a batch packing the given inputs, in order}
     *
     * @param inputs the subnets' inputs
     * @throws NullPointerException when {@code inputs} or one of them is null
     */
    public static SubnetBatch of(List<EpochInput> inputs) {
        return packed(inputs, false);
    }

    /**
     * {@return a batch packing the given inputs, in order, that only the calling thread may use}
     *
     * <p>Its memory (and that of its results) is thread-confined: closing it costs no handshake
     * with the JVM's other threads, which for a small batch costs more than computing it. Engines
     * compute such a batch on the calling thread.
     *
     * @param inputs the subnets' inputs
     * @throws NullPointerException when {@code inputs} or one of them is null
     */
    public static SubnetBatch ofThreadConfined(List<EpochInput> inputs) {
        return packed(inputs, true);
    }

    private static SubnetBatch packed(List<EpochInput> inputs, boolean threadConfined) {
        Objects.requireNonNull(inputs, "inputs");
        long uids = 0;
        long weightEntries = 0;
        long bondEntries = 0;
        for (EpochInput input : inputs) {
            Objects.requireNonNull(input, "input");
            uids += input.n();
            weightEntries += input.weights().entries();
            bondEntries += input.bonds().entries();
        }
        // Sized exactly, no column grows: the batch's memory is one arena, closed in one handshake.
        Builder builder = new Builder(threadConfined, inputs.size(), uids, weightEntries, bondEntries);
        inputs.forEach(builder::add);
        return builder.build();
    }

    /**
     * {@return whether only the thread that made the batch may use it ({@link #ofThreadConfined})}
     */
    public boolean threadConfined() {
        return threadConfined;
    }

    /** {@return the number of subnets} */
    public int subnets() { return subnets; }
    /** {@return the total number of uids over all subnets} */
    public long totalUids() { return totalUids; }
    /** {@return the subnet records (see {@link io.yuma.batch.layout.BatchLayout})} */
    public MemorySegment subnetRecords() { return subnetRecords; }
    /** {@return the {@code alpha_stake} column, u64} */
    public MemorySegment alphaStake() { return alphaStake; }
    /** {@return the {@code tao_stake} column, u64} */
    public MemorySegment taoStake() { return taoStake; }
    /** {@return the {@code last_update} column, u64} */
    public MemorySegment lastUpdate() { return lastUpdate; }
    /** {@return the {@code block_at_registration} column, u64} */
    public MemorySegment blockAtRegistration() { return blockAtRegistration; }
    /** {@return the {@code commit_block} column, u64} */
    public MemorySegment commitBlock() { return commitBlock; }
    /** {@return the {@code validator_permit} column, u8 (0 or 1)} */
    public MemorySegment validatorPermit() { return validatorPermit; }
    /** {@return the weights rows, as stored} */
    public Csr weights() { return weights; }
    /** {@return the bonds rows, as stored} */
    public Csr bonds() { return bonds; }

    /**
     * {@return the number of uids of subnet {@code s}}
     *
     * @param s a subnet, {@code 0..subnets()-1}
     * @throws IndexOutOfBoundsException when {@code s} is out of range
     * @throws IllegalStateException when the batch is closed
     */
    public int n(int s) {
        return intField(subnetRecords, subnet(s), N_OFFSET);
    }

    /**
     * {@return the index of subnet {@code s}'s uid 0 in the uid columns and in the CSR rows}
     *
     * @param s a subnet, {@code 0..subnets()-1}
     * @throws IndexOutOfBoundsException when {@code s} is out of range
     * @throws IllegalStateException when the batch is closed
     */
    public int uidBase(int s) {
        return intField(subnetRecords, subnet(s), UID_BASE_OFFSET);
    }

    /**
     * Refuses work once closed.
     *
     * @throws IllegalStateException when the batch is closed
     */
    public void checkOpen() {
        guard.checkOpen();
    }

    private int subnet(int s) {
        guard.checkOpen();
        return Bounds.check(s, subnets, "subnet", "the batch");
    }

    private String describe() {
        return "SubnetBatch of " + subnets + " subnet" + (subnets == 1 ? "" : "s");
    }

    /**
     * {@return an on-heap copy of subnet {@code s}'s input}
     *
     * @param s a subnet, {@code 0..subnets()-1}
     * @throws IndexOutOfBoundsException when {@code s} is out of range
     * @throws IllegalStateException when the batch is closed
     */
    public EpochInput input(int s) {
        int n = n(s);
        long base = uidBase(s);
        int flags = intField(subnetRecords, s, FLAGS_OFFSET);
        boolean[] permits = new boolean[n];
        for (int uid = 0; uid < n; uid++) {
            permits[uid] = validatorPermit.get(U8, base + uid) != 0;
        }
        return EpochInput.builder()
                .n(n)
                .currentBlock(longField(subnetRecords, s, CURRENT_BLOCK_OFFSET))
                .tempo(intField(subnetRecords, s, TEMPO_OFFSET))
                .activityCutoff(longField(subnetRecords, s, ACTIVITY_CUTOFF_OFFSET))
                .lastMechanismStepBlock(longField(subnetRecords, s, LAST_MECHANISM_STEP_BLOCK_OFFSET))
                .kappa(intField(subnetRecords, s, KAPPA_OFFSET))
                .bondsPenalty(intField(subnetRecords, s, BONDS_PENALTY_OFFSET))
                .bondsMovingAverage(longField(subnetRecords, s, BONDS_MOVING_AVERAGE_OFFSET))
                .liquidAlpha((flags & FLAG_LIQUID_ALPHA) != 0)
                .yuma3((flags & FLAG_YUMA3) != 0)
                .commitReveal((flags & FLAG_COMMIT_REVEAL) != 0)
                .alphaLow(intField(subnetRecords, s, ALPHA_LOW_OFFSET))
                .alphaHigh(intField(subnetRecords, s, ALPHA_HIGH_OFFSET))
                .alphaSigmoidSteepness(intField(subnetRecords, s, ALPHA_SIGMOID_STEEPNESS_OFFSET))
                .maxAllowedValidators(intField(subnetRecords, s, MAX_ALLOWED_VALIDATORS_OFFSET))
                .stakeThreshold(longField(subnetRecords, s, STAKE_THRESHOLD_OFFSET))
                .ownerUid(intField(subnetRecords, s, OWNER_UID_OFFSET))
                .taoWeight(longField(subnetRecords, s, TAO_WEIGHT_OFFSET))
                .raoEmission(longField(subnetRecords, s, RAO_EMISSION_OFFSET))
                .alphaStake(longs(alphaStake, base, n))
                .taoStake(longs(taoStake, base, n))
                .lastUpdate(longs(lastUpdate, base, n))
                .blockAtRegistration(longs(blockAtRegistration, base, n))
                .commitBlock(longs(commitBlock, base, n))
                .validatorPermit(permits)
                .weights(rows(weights, base, n))
                .bonds(rows(bonds, base, n))
                .build();
    }

    private static long[] longs(MemorySegment column, long base, int n) {
        return column.asSlice(base * 8, n * 8L).toArray(LONG);
    }

    private static SparseMatrix rows(Csr csr, long base, int n) {
        SparseMatrix.Builder matrix = new SparseMatrix.Builder(n);
        for (int uid = 0; uid < n; uid++) {
            for (long k = csr.start(base + uid); k < csr.end(base + uid); k++) {
                matrix.add(csr.column(k), csr.value(k));
            }
            matrix.endRow();
        }
        return matrix.build();
    }

    /** Frees the batch's memory; later calls do nothing. */
    @Override
    public void close() {
        if (guard.close()) {
            arenas.forEach(Arena::close);
        }
    }

    /**
     * Appends subnets one at a time into growing off-heap columns. Not thread-safe. Inputs are
     * validated already ({@link EpochInput} cannot exist otherwise), so appending cannot fail
     * half-way.
     */
    public static final class Builder implements AutoCloseable {
        private int subnets;
        private long totalUids;
        private long weightEntries;
        private long bondEntries;
        private boolean built;
        private final boolean threadConfined;
        private final Arena arena;
        private final GrowableSegment records;
        private final GrowableSegment alphaStake;
        private final GrowableSegment taoStake;
        private final GrowableSegment lastUpdate;
        private final GrowableSegment blockAtRegistration;
        private final GrowableSegment commitBlock;
        private final GrowableSegment validatorPermit;
        private final GrowableSegment weightRowStart;
        private final GrowableSegment weightColumns;
        private final GrowableSegment weightValues;
        private final GrowableSegment bondRowStart;
        private final GrowableSegment bondColumns;
        private final GrowableSegment bondValues;

        private Builder(boolean threadConfined, long subnets, long uids, long weightEntries, long bondEntries) {
            this.threadConfined = threadConfined;
            Supplier<Arena> arenas = threadConfined ? Arena::ofConfined : Arena::ofShared;
            arena = arenas.get();
            records = new GrowableSegment(arenas, arena, subnets * SUBNET_RECORD_BYTES);
            alphaStake = new GrowableSegment(arenas, arena, uids * 8);
            taoStake = new GrowableSegment(arenas, arena, uids * 8);
            lastUpdate = new GrowableSegment(arenas, arena, uids * 8);
            blockAtRegistration = new GrowableSegment(arenas, arena, uids * 8);
            commitBlock = new GrowableSegment(arenas, arena, uids * 8);
            validatorPermit = new GrowableSegment(arenas, arena, uids);
            weightRowStart = new GrowableSegment(arenas, arena, (uids + 1) * 8);
            weightColumns = new GrowableSegment(arenas, arena, weightEntries * 2);
            weightValues = new GrowableSegment(arenas, arena, weightEntries * 2);
            bondRowStart = new GrowableSegment(arenas, arena, (uids + 1) * 8);
            bondColumns = new GrowableSegment(arenas, arena, bondEntries * 2);
            bondValues = new GrowableSegment(arenas, arena, bondEntries * 2);
        }

        /**
         * Appends one subnet; it becomes subnet number {@code subnets()} - 1.
         *
         * @param in the subnet's input
         * @return this builder
         * @throws NullPointerException when {@code in} is null
         * @throws IllegalStateException when the batch was built already, or would exceed 2^31-1 uids
         */
        public Builder add(EpochInput in) {
            Objects.requireNonNull(in, "input");
            if (built) {
                throw new IllegalStateException("batch already built");
            }
            if (totalUids + in.n() > Integer.MAX_VALUE) {
                throw new IllegalStateException("a batch holds at most 2^31-1 uids");
            }
            int n = in.n();
            long base = totalUids;
            long recordOffset = records.reserve(SUBNET_RECORD_BYTES); // before slicing: reserving may move the buffer
            MemorySegment record = records.segment().asSlice(recordOffset, SUBNET_RECORD_BYTES);
            record.fill((byte) 0);
            record.set(I32, N_OFFSET, n);
            record.set(I32, UID_BASE_OFFSET, (int) base);
            record.set(I32, OWNER_UID_OFFSET, in.ownerUid());
            record.set(I32, FLAGS_OFFSET, (in.liquidAlpha() ? FLAG_LIQUID_ALPHA : 0)
                    | (in.yuma3() ? FLAG_YUMA3 : 0) | (in.commitReveal() ? FLAG_COMMIT_REVEAL : 0));
            record.set(LONG, CURRENT_BLOCK_OFFSET, in.currentBlock());
            record.set(LONG, ACTIVITY_CUTOFF_OFFSET, in.activityCutoff());
            record.set(LONG, LAST_MECHANISM_STEP_BLOCK_OFFSET, in.lastMechanismStepBlock());
            record.set(LONG, BONDS_MOVING_AVERAGE_OFFSET, in.bondsMovingAverage());
            record.set(LONG, STAKE_THRESHOLD_OFFSET, in.stakeThreshold());
            record.set(LONG, TAO_WEIGHT_OFFSET, in.taoWeight());
            record.set(LONG, RAO_EMISSION_OFFSET, in.raoEmission());
            record.set(I32, TEMPO_OFFSET, in.tempo());
            record.set(I32, KAPPA_OFFSET, in.kappa());
            record.set(I32, BONDS_PENALTY_OFFSET, in.bondsPenalty());
            record.set(I32, ALPHA_LOW_OFFSET, in.alphaLow());
            record.set(I32, ALPHA_HIGH_OFFSET, in.alphaHigh());
            record.set(I32, ALPHA_SIGMOID_STEEPNESS_OFFSET, in.alphaSigmoidSteepness());
            record.set(I32, MAX_ALLOWED_VALIDATORS_OFFSET, in.maxAllowedValidators());
            for (int uid = 0; uid < n; uid++) {
                putLong(alphaStake, in.alphaStake(uid));
                putLong(taoStake, in.taoStake(uid));
                putLong(lastUpdate, in.lastUpdate(uid));
                putLong(blockAtRegistration, in.blockAtRegistration(uid));
                putLong(commitBlock, in.commitBlock(uid));
                long permitOffset = validatorPermit.reserve(1); // before segment(): reserving may move the buffer
                validatorPermit.segment().set(U8, permitOffset, (byte) (in.validatorPermit(uid) ? 1 : 0));
            }
            weightEntries = appendRows(in.weights(), weightRowStart, weightColumns, weightValues, weightEntries);
            bondEntries = appendRows(in.bonds(), bondRowStart, bondColumns, bondValues, bondEntries);
            totalUids += n;
            subnets++;
            return this;
        }

        private static void putLong(GrowableSegment column, long value) {
            long offset = column.reserve(8);
            column.segment().set(LONG, offset, value);
        }

        private static long appendRows(SparseMatrix rows, GrowableSegment rowStart, GrowableSegment columns,
                GrowableSegment values, long entries) {
            for (int row = 0; row < rows.rows(); row++) {
                putLong(rowStart, entries);
                int length = rows.rowLength(row);
                long columnOffset = columns.reserve(2L * length);
                long valueOffset = values.reserve(2L * length);
                for (int k = 0; k < length; k++) {
                    columns.segment().set(U16, columnOffset + 2L * k, (short) rows.column(row, k));
                    values.segment().set(U16, valueOffset + 2L * k, (short) rows.value(row, k));
                }
                entries += length;
            }
            return entries;
        }

        /** {@return the number of subnets appended so far} */
        public int subnets() {
            return subnets;
        }

        /**
         * Seals the columns into a batch; the builder cannot be used afterwards.
         *
         * @return the batch, which the caller must close
         * @throws IllegalStateException when the batch was built already
         */
        public SubnetBatch build() {
            if (built) {
                throw new IllegalStateException("batch already built");
            }
            built = true;
            return new SubnetBatch(this);
        }

        /** Frees the columns of a builder that was never built. */
        @Override
        public void close() {
            if (!built) {
                built = true;
                for (GrowableSegment buffer : List.of(records, alphaStake, taoStake, lastUpdate, blockAtRegistration,
                        commitBlock, validatorPermit, weightRowStart, weightColumns, weightValues, bondRowStart,
                        bondColumns, bondValues)) {
                    buffer.close();
                }
                arena.close();
            }
        }
    }
}
