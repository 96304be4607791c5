package io.yuma.recompute;

import io.yuma.api.SparseMatrix;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Replay's carried state at a checkpoint, one file per checkpoint ({@code state.SEQ}), written
 * whole through a partial file so a checkpoint never points at half a state.
 *
 * <pre>
 *  "YUMASTAT" | count u32 | count x (subnet str | epoch u64 | n u32 | permits u8[n] | rows)
 *             | subnets u32 | subnets x (subnet str | epoch u64 | n u32 | permits u8[n] | mechanisms u8
 *                                        | mechanisms x rows)
 *             | crc32c u32
 * </pre>
 *
 * The first section holds single-mechanism histories, the second subnets with mechanisms (their
 * aggregated permits and each mechanism's bonds). A state file without the second section (from
 * before there were subnet records) reads as one without subnets. Rows are encoded as in archive
 * records; the checksum covers every byte before it.
 */
final class StateFile {
    private static final byte[] MAGIC = "YUMASTAT".getBytes(StandardCharsets.US_ASCII);
    private static final String PREFIX = "state.";
    private static final Pattern NAME =
            Pattern.compile(Pattern.quote(PREFIX) + "[0-9]+(" + Pattern.quote(PartialFile.SUFFIX) + ")?");

    private StateFile() {
    }

    /** The state file of checkpoint {@code seq} in {@code directory}. */
    static Path path(Path directory, long seq) {
        return directory.resolve(PREFIX + seq);
    }

    /**
     * Whether {@code name} is one a run gives a state file, or that file while partial: {@code state.}
     * and a checkpoint number, so that a user's {@code state.py} is never taken for one.
     */
    static boolean isStateFileName(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * Writes and syncs the state of checkpoint {@code seq}, subnets in name order so that equal
     * states give equal files.
     */
    static void write(Path directory, long seq, Map<String, Carry.State> states) throws IOException {
        GrowableBuffer out = new GrowableBuffer(1 << 16);
        for (byte b : MAGIC) {
            out.u8(b);
        }
        for (boolean subnets : new boolean[] {false, true}) {
            Map<String, Carry.State> section = new TreeMap<>();
            states.forEach((name, state) -> {
                if (state.subnet() == subnets) {
                    section.put(name, state);
                }
            });
            out.i32(section.size());
            for (Map.Entry<String, Carry.State> entry : section.entrySet()) {
                Carry.State state = entry.getValue();
                out.string(entry.getKey()).u64(state.epoch()).i32(state.permits().length);
                for (boolean permit : state.permits()) {
                    out.u8(permit ? 1 : 0);
                }
                if (subnets) {
                    out.u8(state.bonds().size());
                }
                for (SparseMatrix bonds : state.bonds()) {
                    RecordCodec.writeRows(bonds, out);
                }
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.size());
        out.i32((int) crc.getValue());
        PartialFile file = PartialFile.create(path(directory, seq));
        try {
            file.write(out.array(), 0, out.size());
            file.commit();
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
    }

    /**
     * Reads the state of checkpoint {@code seq}.
     *
     * @throws java.nio.file.NoSuchFileException when the file is missing
     * @throws ResumeException when it is damaged or not a state file
     */
    static Map<String, Carry.State> read(Path directory, long seq) throws IOException {
        Path file = path(directory, seq);
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        String where = file.toString();
        if (in.remaining() < MAGIC.length + 8 || !in.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            throw new ResumeException(ResumeException.Kind.DAMAGED, file, where + ": not a replay state file");
        }
        CRC32C crc = new CRC32C();
        crc.update(in.array(), 0, in.limit() - 4);
        if (in.getInt(in.limit() - 4) != (int) crc.getValue()) {
            throw new ResumeException(ResumeException.Kind.DAMAGED, file, where
                    + ": checksum mismatch, the replay state is damaged");
        }
        in.position(MAGIC.length).limit(in.limit() - 4);
        try {
            Map<String, Carry.State> states = new HashMap<>();
            readSection(in, file, false, states);
            if (in.hasRemaining()) {
                readSection(in, file, true, states);
            }
            return states;
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new ResumeException(ResumeException.Kind.DAMAGED, file, where + ": the replay state ends early", e);
        } catch (BadRecordException e) {
            throw new ResumeException(ResumeException.Kind.DAMAGED, file, e.getMessage(), e);
        }
    }

    /** Reads one section's states into {@code states}: single-mechanism histories, or subnets with mechanisms. */
    private static void readSection(ByteBuffer in, Path file, boolean subnets, Map<String, Carry.State> states)
            throws BadRecordException {
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            byte[] name = new byte[Short.toUnsignedInt(in.getShort())];
            in.get(name);
            long epoch = in.getLong();
            boolean[] permits = new boolean[in.getInt()];
            for (int uid = 0; uid < permits.length; uid++) {
                permits[uid] = in.get() != 0;
            }
            int mechanisms = subnets ? Byte.toUnsignedInt(in.get()) : 1;
            List<SparseMatrix> bonds = new ArrayList<>(mechanisms);
            for (int m = 0; m < mechanisms; m++) {
                bonds.add(RecordCodec.readRows(in, new RecordLocation.WholeFile(file),
                        subnets ? "mechanisms[" + m + "].bonds" : "bonds", permits.length));
            }
            states.put(new String(name, StandardCharsets.UTF_8), new Carry.State(epoch, permits, bonds, subnets));
        }
    }
}
