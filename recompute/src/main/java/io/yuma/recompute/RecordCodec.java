package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.InvalidInputException;
import io.yuma.api.SparseMatrix;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encodes a {@link HistoryRecord} as an archive record body and decodes it back, field by field
 * in FORMAT.md's order (see {@link ArchiveFormat} and recompute/RECOMPUTE.md). Decoding checks every
 * value, so a body that passed its checksum but was written wrong is still rejected with the
 * field and uid.
 */
final class RecordCodec {
    private RecordCodec() {
    }

    /** Appends the body of {@code record} to {@code out}. */
    static void encode(HistoryRecord record, GrowableBuffer out) {
        EpochInput in = record.input();
        EpochResult output = record.recorded();
        int flags = (output != null ? ArchiveFormat.HAS_OUTPUT : 0) | (record.last() ? ArchiveFormat.LAST : 0)
                | (record.sequence() ? ArchiveFormat.SEQUENCE : 0);
        out.u8(flags).u64(record.epoch()).string(record.subnet()).string(record.family());
        int n = in.n();
        out.u16(n).u64(in.currentBlock()).u16(in.tempo()).u64(in.activityCutoff()).u64(in.lastMechanismStepBlock())
                .u16(in.kappa()).u16(in.bondsPenalty()).u64(in.bondsMovingAverage())
                .u8(in.liquidAlpha() ? 1 : 0).u8(in.yuma3() ? 1 : 0).u16(in.alphaLow()).u16(in.alphaHigh())
                .u16(in.alphaSigmoidSteepness()).u16(in.maxAllowedValidators()).u64(in.stakeThreshold())
                .i32(in.ownerUid()).u64(in.taoWeight()).u64(in.raoEmission()).u8(in.commitReveal() ? 1 : 0);
        for (int uid = 0; uid < n; uid++) out.u64(in.alphaStake(uid));
        for (int uid = 0; uid < n; uid++) out.u64(in.taoStake(uid));
        for (int uid = 0; uid < n; uid++) out.u64(in.lastUpdate(uid));
        for (int uid = 0; uid < n; uid++) out.u64(in.blockAtRegistration(uid));
        for (int uid = 0; uid < n; uid++) out.u8(in.validatorPermit(uid) ? 1 : 0);
        for (int uid = 0; uid < n; uid++) out.u64(in.commitBlock(uid));
        writeRows(in.weights(), out);
        writeRows(in.bonds(), out);
        if (output != null) {
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
            writeRows(output.bonds(), out);
        }
    }

    /**
     * Decodes a body.
     *
     * @param body the body bytes, little-endian, from position 0 to its limit
     * @param location names the record in messages
     * @throws BadRecordException when a value is out of range, the body ends early or has bytes left over
     */
    static HistoryRecord decode(ByteBuffer body, RecordLocation location) throws BadRecordException {
        Reader in = new Reader(body.order(ArchiveFormat.ORDER), location);
        try {
            int flags = in.u8("flags");
            if ((flags & ~ArchiveFormat.KNOWN_FLAGS) != 0) {
                throw in.bad("flags " + flags + " has bits this version does not know (known: "
                        + ArchiveFormat.KNOWN_FLAGS + ")");
            }
            long epoch = in.u64("epoch");
            String subnet = in.string("subnet");
            String family = in.string("family");
            EpochInput input = input(in);
            EpochResult output = (flags & ArchiveFormat.HAS_OUTPUT) != 0 ? output(in, input.n()) : null;
            if (in.buffer.hasRemaining()) {
                throw in.bad(in.buffer.remaining() + " bytes left over after the last field");
            }
            return new HistoryRecord(subnet, family, epoch, (flags & ArchiveFormat.SEQUENCE) != 0,
                    (flags & ArchiveFormat.LAST) != 0, input, output, location);
        } catch (BufferUnderflowException e) {
            throw in.bad("the body ends early, inside field " + in.field);
        } catch (InvalidInputException e) {
            throw new BadRecordException(location, e.getMessage(), e);
        }
    }

    private static EpochInput input(Reader in) throws BadRecordException {
        int n = in.u16("n");
        EpochInput.Builder b = EpochInput.builder().n(n)
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
        b.alphaStake(in.u64s("alpha_stake", n)).taoStake(in.u64s("tao_stake", n)).lastUpdate(in.u64s("last_update", n))
                .blockAtRegistration(in.u64s("block_at_registration", n))
                .validatorPermit(in.bools("validator_permit", n)).commitBlock(in.u64s("commit_block", n))
                .weights(in.rows("weights", n)).bonds(in.rows("bonds", n));
        return b.build();
    }

    private static EpochResult output(Reader in, int n) throws BadRecordException {
        return new EpochResult(in.bools("output.active", n), in.u64s("output.stake", n),
                in.u16s("output.stake_weight", n), in.u16s("output.consensus", n),
                in.u16s("output.validator_trust", n), in.u16s("output.incentive", n), in.u16s("output.dividend", n),
                in.bools("output.new_validator_permit", n), in.u64s("output.server_emission", n),
                in.u64s("output.validator_emission", n), in.u64s("output.emission", n), in.rows("output.bonds", n),
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

    /** Reads typed values, remembering the field being read for messages. */
    private static final class Reader {
        final ByteBuffer buffer;
        final RecordLocation location;
        String field = "flags";

        Reader(ByteBuffer buffer, RecordLocation location) {
            this.buffer = buffer;
            this.location = location;
        }

        BadRecordException bad(String detail) {
            return new BadRecordException(location, detail, null);
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
