package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.InvalidInputException;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.vector.Printable;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Encodes a {@link HistoryRecord} as an archive record body and decodes it back, field by field
 * in FORMAT.md's order (see {@link ArchiveFormat} and recompute/RECOMPUTE.md). A single
 * mechanism's epoch is laid out as in version 1; a subnet epoch ({@link ArchiveFormat#SUBNET})
 * holds the shared fields once, then the emission split (null kept apart from empty), then each
 * mechanism's own fields, and its output holds the split emission, each mechanism's output and
 * the aggregated terms. Decoding checks every value, so a body that passed its checksum but was
 * written wrong is still rejected, naming the subnet, the epoch, the field (with its mechanism)
 * and the uid. A record from a chain ({@link ArchiveFormat#CHAIN}, version 4) ends with its
 * {@link ChainOrigin}: netuid u16, block u64, block hash (32 bytes), spec version u32, the
 * unknown inputs as a u32 bitmask (bit {@link UnknownInput#ordinal()}), rules implemented u8.
 */
final class RecordCodec {
    /** Split tag: MechanismEmissionSplit unset (null), the chain splits evenly. */
    private static final int SPLIT_UNSET = 0;
    /** Split tag: MechanismEmissionSplit set; its entries follow, possibly none. */
    private static final int SPLIT_SET = 1;
    /** The input fields each mechanism reads at its own storage index; every other one is shared. */
    private static final Set<String> MECHANISM_FIELDS = Set.of("last_update", "commit_block", "weights", "bonds");

    /** Every bit an unknown-inputs mask may set: one per {@link UnknownInput}. */
    private static final int KNOWN_UNKNOWN_INPUTS = (1 << UnknownInput.values().length) - 1;

    private RecordCodec() {
    }

    /** Appends the body of {@code record} to {@code out}. */
    static void encode(HistoryRecord record, GrowableBuffer out) {
        int flags = (record.hasRecorded() ? ArchiveFormat.HAS_OUTPUT : 0) | (record.last() ? ArchiveFormat.LAST : 0)
                | (record.sequence() ? ArchiveFormat.SEQUENCE : 0) | (record.isSubnet() ? ArchiveFormat.SUBNET : 0)
                | (record.origin() != null ? ArchiveFormat.CHAIN : 0);
        out.u8(flags).u64(record.epoch()).string(record.subnet()).string(record.family());
        if (record.isSubnet()) {
            encodeSubnet(record.subnetInput(), record.subnetRecorded(), out);
        } else {
            encodeSingle(record, out);
        }
        if (record.origin() != null) {
            origin(record.origin(), out);
        }
    }

    private static void encodeSingle(HistoryRecord record, GrowableBuffer out) {
        EpochInput in = record.input();
        int n = in.n();
        scalars(in, out);
        u64s(in, n, EpochInput::alphaStake, out);
        u64s(in, n, EpochInput::taoStake, out);
        u64s(in, n, EpochInput::lastUpdate, out);
        u64s(in, n, EpochInput::blockAtRegistration, out);
        permits(in, out);
        u64s(in, n, EpochInput::commitBlock, out);
        writeRows(in.weights(), out);
        writeRows(in.bonds(), out);
        if (record.recorded() != null) {
            output(record.recorded(), true, out);
        }
    }

    private static void encodeSubnet(SubnetInput subnet, SubnetResult recorded, GrowableBuffer out) {
        EpochInput shared = subnet.mechanism(0);
        int n = shared.n();
        scalars(shared, out);
        u64s(shared, n, EpochInput::alphaStake, out);
        u64s(shared, n, EpochInput::taoStake, out);
        u64s(shared, n, EpochInput::blockAtRegistration, out);
        permits(shared, out);
        int[] split = subnet.emissionSplit();
        if (split == null) {
            out.u8(SPLIT_UNSET);
        } else {
            out.u8(SPLIT_SET).i32(split.length);
            for (int share : split) out.u16(share);
        }
        out.u8(subnet.mechanismCount());
        for (EpochInput mechanism : subnet.mechanisms()) {
            u64s(mechanism, n, EpochInput::lastUpdate, out);
            u64s(mechanism, n, EpochInput::commitBlock, out);
            writeRows(mechanism.weights(), out);
            writeRows(mechanism.bonds(), out);
        }
        if (recorded != null) {
            u64s(recorded.mechanismEmission(), out);
            for (EpochResult mechanism : recorded.mechanisms()) {
                output(mechanism, true, out);
            }
            output(recorded.subnet(), false, out);
        }
    }

    private static void origin(ChainOrigin origin, GrowableBuffer out) {
        int mask = 0;
        for (UnknownInput input : origin.unknown()) {
            mask |= 1 << input.ordinal();
        }
        out.u16(origin.netuid()).u64(origin.block()).bytes(origin.blockHash()).i32(origin.specVersion()).i32(mask)
                .u8(origin.rulesImplemented() ? 1 : 0);
    }

    /** The subnet-wide scalars, from {@code n} to {@code commit_reveal}. */
    private static void scalars(EpochInput in, GrowableBuffer out) {
        out.u16(in.n()).u64(in.currentBlock()).u16(in.tempo()).u64(in.activityCutoff()).u64(in.lastMechanismStepBlock())
                .u16(in.kappa()).u16(in.bondsPenalty()).u64(in.bondsMovingAverage())
                .u8(in.liquidAlpha() ? 1 : 0).u8(in.yuma3() ? 1 : 0).u16(in.alphaLow()).u16(in.alphaHigh())
                .u16(in.alphaSigmoidSteepness()).u16(in.maxAllowedValidators()).u64(in.stakeThreshold())
                .i32(in.ownerUid()).u64(in.taoWeight()).u64(in.raoEmission()).u8(in.commitReveal() ? 1 : 0);
    }

    /** Every output field in FORMAT.md's order; {@code bonds} only when {@code withBonds} (the aggregate keeps none). */
    private static void output(EpochResult output, boolean withBonds, GrowableBuffer out) {
        bools(output.active(), out);
        u64s(output.stake(), out);
        u16s(output.stakeWeight(), out);
        u16s(output.consensus(), out);
        u16s(output.validatorTrust(), out);
        u16s(output.incentive(), out);
        u16s(output.dividend(), out);
        bools(output.newValidatorPermit(), out);
        u64s(output.serverEmission(), out);
        u64s(output.validatorEmission(), out);
        u64s(output.emission(), out);
        if (withBonds) {
            writeRows(output.bonds(), out);
        }
    }

    /**
     * Decodes a body.
     *
     * @param body the body bytes, little-endian, from position 0 to its limit
     * @param location names the record in messages
     * @param version the archive's format version, which decides the flags a record may set
     * @throws BadRecordException when a value is out of range, the body ends early or has bytes left over
     */
    static HistoryRecord decode(ByteBuffer body, RecordLocation location, int version) throws BadRecordException {
        Reader in = new Reader(body.order(ArchiveFormat.ORDER), location);
        try {
            int flags = in.u8("flags");
            int known = ArchiveFormat.knownFlags(version);
            if ((flags & ~known) != 0) {
                throw in.bad("flags " + flags + " has bits version " + version + " does not know (known: " + known
                        + ")");
            }
            long epoch = in.u64("epoch");
            String subnet = in.string("subnet");
            in.context = "subnet " + Printable.oneLine(subnet) + ", epoch " + Long.toUnsignedString(epoch) + ": ";
            String family = in.string("family");
            boolean hasOutput = (flags & ArchiveFormat.HAS_OUTPUT) != 0;
            boolean sequence = (flags & ArchiveFormat.SEQUENCE) != 0;
            boolean last = (flags & ArchiveFormat.LAST) != 0;
            HistoryRecord record;
            if ((flags & ArchiveFormat.SUBNET) != 0) {
                SubnetInput input = subnetInput(in);
                SubnetResult output = hasOutput ? subnetOutput(in, input) : null;
                record = new HistoryRecord(subnet, family, epoch, sequence, last, input, output, location);
            } else {
                EpochInput input = input(in);
                EpochResult output = hasOutput ? output(in, input.n(), "output.", true) : null;
                record = new HistoryRecord(subnet, family, epoch, sequence, last, input, output, location);
            }
            if ((flags & ArchiveFormat.CHAIN) != 0) {
                record = record.withOrigin(origin(in));
            }
            if (in.buffer.hasRemaining()) {
                throw in.bad(in.buffer.remaining() + " bytes left over after the last field");
            }
            return record;
        } catch (BufferUnderflowException e) {
            throw in.bad("the body ends early, inside field " + in.field);
        } catch (InvalidInputException e) {
            throw new BadRecordException(location, in.context + e.getMessage(), e);
        }
    }

    /** Reads a record's chain origin, checking the spec version fits and the unknown-inputs mask names known inputs. */
    private static ChainOrigin origin(Reader in) throws BadRecordException {
        int netuid = in.u16("origin.netuid");
        long block = in.u64("origin.block");
        byte[] hash = new byte[ChainOrigin.BLOCK_HASH_BYTES];
        in.field = "origin.block_hash";
        in.buffer.get(hash);
        int spec = in.i32("origin.spec_version");
        if (spec < 0) {
            throw in.bad("field origin.spec_version: value " + Integer.toUnsignedString(spec) + " is above "
                    + Integer.MAX_VALUE + ", the largest spec version this yuma takes");
        }
        int mask = in.i32("origin.unknown_inputs");
        if ((mask & ~KNOWN_UNKNOWN_INPUTS) != 0) {
            throw in.bad("field origin.unknown_inputs: mask 0x" + Integer.toHexString(mask) + " has bits this yuma "
                    + "does not know (known: 0x" + Integer.toHexString(KNOWN_UNKNOWN_INPUTS) + ")");
        }
        EnumSet<UnknownInput> unknown = EnumSet.noneOf(UnknownInput.class);
        for (UnknownInput input : UnknownInput.values()) {
            if ((mask & (1 << input.ordinal())) != 0) {
                unknown.add(input);
            }
        }
        boolean rules = in.bool("origin.rules_implemented", -1);
        return new ChainOrigin(netuid, block, hash, spec, unknown, rules);
    }

    /** Reads the scalars after {@code n}, to {@code commit_reveal}, into a builder for {@code n} uids. */
    private static EpochInput.Builder scalars(Reader in, int n) throws BadRecordException {
        return EpochInput.builder().n(n)
                .currentBlock(in.u64("current_block")).tempo(in.u16("tempo"))
                .activityCutoff(in.u64("activity_cutoff")).lastMechanismStepBlock(in.u64("last_mechanism_step_block"))
                .kappa(in.u16("kappa")).bondsPenalty(in.u16("bonds_penalty"))
                .bondsMovingAverage(in.u64("bonds_moving_average"))
                .liquidAlpha(in.bool("liquid_alpha", -1)).yuma3(in.bool("yuma3", -1))
                .alphaLow(in.u16("alpha_low")).alphaHigh(in.u16("alpha_high"))
                .alphaSigmoidSteepness(in.i16("alpha_sigmoid_steepness"))
                .maxAllowedValidators(in.u16("max_allowed_validators")).stakeThreshold(in.u64("stake_threshold"))
                .ownerUid(in.i32("owner_uid")).taoWeight(in.u64("tao_weight")).raoEmission(in.u64("rao_emission"))
                .commitReveal(in.bool("commit_reveal", -1));
    }

    private static EpochInput input(Reader in) throws BadRecordException {
        int n = in.u16("n");
        EpochInput.Builder b = scalars(in, n);
        b.alphaStake(in.u64s("alpha_stake", n)).taoStake(in.u64s("tao_stake", n)).lastUpdate(in.u64s("last_update", n))
                .blockAtRegistration(in.u64s("block_at_registration", n))
                .validatorPermit(in.bools("validator_permit", n)).commitBlock(in.u64s("commit_block", n))
                .weights(in.rows("weights", n)).bonds(in.rows("bonds", n));
        return b.build();
    }

    private static SubnetInput subnetInput(Reader in) throws BadRecordException {
        int n = in.u16("n");
        EpochInput.Builder shared = scalars(in, n);
        shared.alphaStake(in.u64s("alpha_stake", n)).taoStake(in.u64s("tao_stake", n))
                .blockAtRegistration(in.u64s("block_at_registration", n))
                .validatorPermit(in.bools("validator_permit", n));
        int[] split = split(in);
        int count = in.u8("mechanisms");
        if (count < 1 || count > SubnetInput.MAX_MECHANISMS) {
            throw in.bad("field mechanisms: has " + count + " mechanisms, expected 1 to " + SubnetInput.MAX_MECHANISMS);
        }
        List<EpochInput> mechanisms = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            String prefix = "mechanisms[" + m + "].";
            shared.lastUpdate(in.u64s(prefix + "last_update", n)).commitBlock(in.u64s(prefix + "commit_block", n))
                    .weights(in.rows(prefix + "weights", n)).bonds(in.rows(prefix + "bonds", n));
            try {
                mechanisms.add(shared.build());
            } catch (InvalidInputException e) {
                throw MECHANISM_FIELDS.contains(e.field()) ? e.within(prefix) : e;
            }
        }
        return SubnetInput.of(mechanisms, split);
    }

    /** MechanismEmissionSplit: null when unset, else its entries (possibly none). */
    private static int[] split(Reader in) throws BadRecordException {
        String field = "mechanism_emission_split";
        int tag = in.u8(field);
        if (tag == SPLIT_UNSET) {
            return null;
        }
        if (tag != SPLIT_SET) {
            throw in.bad("field " + field + ": tag " + tag + " is neither " + SPLIT_UNSET + " (unset) nor " + SPLIT_SET
                    + " (set)");
        }
        int length = in.i32(field);
        if (length < 0 || length > in.buffer.remaining() / 2) {
            throw in.bad("field " + field + ": length " + Integer.toUnsignedString(length) + " does not fit in the "
                    + in.buffer.remaining() + " bytes left");
        }
        return in.u16s(field, length);
    }

    private static SubnetResult subnetOutput(Reader in, SubnetInput input) throws BadRecordException {
        int n = input.n();
        long[] emission = in.u64s("output.mechanism_emission", input.mechanismCount());
        List<EpochResult> mechanisms = new ArrayList<>(input.mechanismCount());
        for (int m = 0; m < input.mechanismCount(); m++) {
            mechanisms.add(output(in, n, "output.mechanisms[" + m + "].", true));
        }
        return new SubnetResult(emission, mechanisms, output(in, n, "output.subnet.", false));
    }

    /**
     * Reads every output field, each named {@code prefix + field}; without {@code withBonds} the
     * bonds are empty rows (the aggregate keeps none).
     */
    private static EpochResult output(Reader in, int n, String prefix, boolean withBonds) throws BadRecordException {
        return new EpochResult(in.bools(prefix + "active", n), in.u64s(prefix + "stake", n),
                in.u16s(prefix + "stake_weight", n), in.u16s(prefix + "consensus", n),
                in.u16s(prefix + "validator_trust", n), in.u16s(prefix + "incentive", n),
                in.u16s(prefix + "dividend", n), in.bools(prefix + "new_validator_permit", n),
                in.u64s(prefix + "server_emission", n), in.u64s(prefix + "validator_emission", n),
                in.u64s(prefix + "emission", n), withBonds ? in.rows(prefix + "bonds", n) : SparseMatrix.empty(n),
                null);
    }

    /** Appends sparse u16 rows: the {@code n} row lengths (u32), then each entry's column and value (u16, u16). */
    static void writeRows(SparseMatrix rows, GrowableBuffer out) {
        for (int row = 0; row < rows.rows(); row++) {
            out.i32(rows.rowLength(row));
        }
        for (int k = 0; k < rows.entries(); k++) {
            out.u16(rows.columnAt(k)).u16((int) rows.valueAt(k));
        }
    }

    /**
     * Reads {@code n} sparse u16 rows as {@link #writeRows} wrote them.
     *
     * @throws BadRecordException naming {@code location} and {@code field} when they do not fit the buffer
     */
    static SparseMatrix readRows(ByteBuffer buffer, RecordLocation location, String field, int n) throws BadRecordException {
        Reader in = new Reader(buffer, location);
        try {
            return in.rows(field, n);
        } catch (BufferUnderflowException e) {
            throw in.bad("the data ends early, inside field " + field);
        } catch (InvalidInputException e) {
            throw new BadRecordException(location, e.getMessage(), e);
        }
    }

    private static void bools(boolean[] values, GrowableBuffer out) {
        for (boolean value : values) out.u8(value ? 1 : 0);
    }

    private static void u16s(int[] values, GrowableBuffer out) {
        for (int value : values) out.u16(value);
    }

    private static void u64s(long[] values, GrowableBuffer out) {
        for (long value : values) out.u64(value);
    }

    /** A per-uid u64 input field, uid by uid. */
    private static void u64s(EpochInput in, int n, PerUid field, GrowableBuffer out) {
        for (int uid = 0; uid < n; uid++) out.u64(field.get(in, uid));
    }

    private static void permits(EpochInput in, GrowableBuffer out) {
        for (int uid = 0; uid < in.n(); uid++) out.u8(in.validatorPermit(uid) ? 1 : 0);
    }

    /** Reads one uid's value of a per-uid u64 input field. */
    @FunctionalInterface
    private interface PerUid {
        long get(EpochInput input, int uid);
    }

    /** Reads typed values, remembering the field being read for messages. */
    private static final class Reader {
        final ByteBuffer buffer;
        final RecordLocation location;
        String field = "flags";
        /** Names the record's subnet and epoch in messages, once they are read. */
        String context = "";

        Reader(ByteBuffer buffer, RecordLocation location) {
            this.buffer = buffer;
            this.location = location;
        }

        BadRecordException bad(String detail) {
            return new BadRecordException(location, context + detail, null);
        }

        int u8(String name) {
            field = name;
            return Byte.toUnsignedInt(buffer.get());
        }

        int u16(String name) {
            field = name;
            return Short.toUnsignedInt(buffer.getShort());
        }

        int i16(String name) {
            field = name;
            return buffer.getShort();
        }

        int i32(String name) {
            field = name;
            return buffer.getInt();
        }

        long u64(String name) {
            field = name;
            return buffer.getLong();
        }

        boolean bool(String name, int uid) throws BadRecordException {
            field = name;
            int value = Byte.toUnsignedInt(buffer.get());
            if (value > 1) {
                throw bad("field " + name + (uid >= 0 ? ", uid " + uid : "") + ": value " + value
                        + " is not a boolean (0 or 1)");
            }
            return value == 1;
        }

        String string(String name) throws BadRecordException {
            field = name;
            byte[] bytes = new byte[u16(name)];
            buffer.get(bytes);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw bad("field " + name + ": not valid UTF-8");
            }
        }

        boolean[] bools(String name, int n) throws BadRecordException {
            boolean[] values = new boolean[n];
            for (int uid = 0; uid < n; uid++) values[uid] = bool(name, uid);
            return values;
        }

        int[] u16s(String name, int n) {
            field = name;
            int[] values = new int[n];
            for (int uid = 0; uid < n; uid++) values[uid] = Short.toUnsignedInt(buffer.getShort());
            return values;
        }

        long[] u64s(String name, int n) {
            field = name;
            long[] values = new long[n];
            buffer.asLongBuffer().get(values);
            buffer.position(buffer.position() + 8 * n);
            return values;
        }

        SparseMatrix rows(String name, int n) throws BadRecordException {
            field = name;
            int[] rowStart = new int[n + 1];
            for (int row = 0; row < n; row++) {
                int length = buffer.getInt();
                if (length < 0 || (long) rowStart[row] + length > buffer.remaining() / 4) {
                    throw bad("field " + name + ", uid " + row + ": row length " + Integer.toUnsignedString(length)
                            + " does not fit in the " + buffer.remaining() + " bytes left");
                }
                rowStart[row + 1] = rowStart[row] + length;
            }
            int entries = rowStart[n];
            int[] columns = new int[entries];
            long[] values = new long[entries];
            for (int k = 0; k < entries; k++) {
                columns[k] = Short.toUnsignedInt(buffer.getShort());
                values[k] = Short.toUnsignedInt(buffer.getShort());
            }
            return SparseMatrix.ofU16(name, rowStart, columns, values);
        }
    }
}
