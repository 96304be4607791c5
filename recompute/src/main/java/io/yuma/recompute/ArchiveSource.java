package io.yuma.recompute;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Reads a history archive ({@link ArchiveFormat}) record by record with positional reads,
 * holding one record at a time. A record whose frame or checksum is wrong is rejected with its
 * byte offset, and reading goes on at the next intact record (found by its sync marker and
 * checksum). A wrong header is not a bad record but a file that is not an archive: that fails
 * the whole source. Every version from {@link ArchiveFormat#OLDEST_READABLE_VERSION} to
 * {@link ArchiveFormat#VERSION} is read. In an archive with the end-of-archive record, its absence
 * (a cut, between records too), bytes after it, and a record count that differs from the intact
 * records read are each reported as a bad record at the offset where they show. Position tokens
 * are byte offsets.
 */
final class ArchiveSource implements RecordSource {
    private static final int SCAN_BYTES = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer frame = ByteBuffer.allocate(1 << 16).order(ArchiveFormat.ORDER);
    private long position = ArchiveFormat.HEADER_BYTES;
    /** The header's format version, which decides the flags a record may set. */
    private int version;
    /** Intact records returned since the start of the archive. */
    private long intactRecords;
    /**
     * False after a {@link #seek} (the records before it were not counted) and after a rejected
     * frame (already reported, it would show again as a short count).
     */
    private boolean counting = true;
    /** The end-of-archive record was read, or its absence reported: nothing follows. */
    private boolean ended;
    /** The last frame read was rejected, and reading went on at the next intact one. */
    private boolean lastRejected;

    private ArchiveSource(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
    }

    /**
     * Opens an archive and checks its header.
     *
     * @throws IOException when the file is not an archive of a version this code reads
     */
    static ArchiveSource open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ArchiveSource source = new ArchiveSource(file, channel);
            source.checkHeader();
            return source;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Whether {@code file} starts with the archive magic (so it is an archive, whatever its name). */
    static boolean isArchive(Path file) throws IOException {
        byte[] start = start(file, ArchiveFormat.MAGIC.length);
        return Arrays.equals(start, ArchiveFormat.MAGIC);
    }

    /**
     * Whether {@code file} starts as a vector file does: gzip's magic, or JSON's first character
     * after any white space (or a byte-order mark).
     */
    static boolean looksLikeVectorFile(Path file) throws IOException {
        byte[] start = start(file, 64);
        if (start.length >= 2 && start[0] == (byte) 0x1f && start[1] == (byte) 0x8b) {
            return true;
        }
        int i = start.length >= 3 && start[0] == (byte) 0xef && start[1] == (byte) 0xbb && start[2] == (byte) 0xbf
                ? 3 : 0;
        while (i < start.length && Character.isWhitespace(start[i])) {
            i++;
        }
        return i < start.length && (start[i] == '{' || start[i] == '[');
    }

    /** The first {@code bytes} bytes of {@code file}, fewer when it is shorter. */
    private static byte[] start(Path file, int bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer start = ByteBuffer.allocate(bytes);
            while (start.hasRemaining() && channel.read(start) >= 0) {
                // read until full or end of file
            }
            return Arrays.copyOf(start.array(), start.position());
        }
    }

    private void checkHeader() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(ArchiveFormat.HEADER_BYTES).order(ArchiveFormat.ORDER);
        if (size < ArchiveFormat.HEADER_BYTES || !readFully(header, 0)) {
            throw new IOException(file + ": not a yuma history archive (" + size + " bytes, shorter than its header)");
        }
        if (!Arrays.equals(Arrays.copyOf(header.array(), ArchiveFormat.MAGIC.length), ArchiveFormat.MAGIC)) {
            throw new IOException(file + ": not a yuma history archive (it does not start with YUMAHIST)");
        }
        crc.reset();
        crc.update(header.array(), 0, ArchiveFormat.HEADER_CRC_OFFSET);
        int stored = header.getInt(ArchiveFormat.HEADER_CRC_OFFSET);
        if (stored != (int) crc.getValue()) {
            throw new IOException(file + ": corrupt archive header (checksum " + hex(stored) + ", computed "
                    + hex((int) crc.getValue()) + ")");
        }
        int reserved = Short.toUnsignedInt(header.getShort(ArchiveFormat.RESERVED_OFFSET));
        if (reserved != 0) {
            throw new IOException(file + ": corrupt archive header (reserved field is " + reserved + ", must be 0)");
        }
        version = Short.toUnsignedInt(header.getShort(ArchiveFormat.VERSION_OFFSET));
        if (version < ArchiveFormat.OLDEST_READABLE_VERSION || version > ArchiveFormat.VERSION) {
            throw new IOException(file + ": archive format version " + version + ", this yuma reads versions "
                    + ArchiveFormat.OLDEST_READABLE_VERSION + " to " + ArchiveFormat.VERSION);
        }
    }

    /**
     * Whether the archive's version ends it with the end-of-archive record, which proves it whole.
     *
     * @return false for versions before {@link ArchiveFormat#FIRST_VERSION_WITH_END}
     */
    boolean provesCompleteness() {
        return version >= ArchiveFormat.FIRST_VERSION_WITH_END;
    }

    /** The archive's format version, from its header. */
    int version() {
        return version;
    }

    @Override
    public HistoryRecord next() throws IOException {
        if (position >= size || ended) {
            if (ended || !provesCompleteness() || lastRejected) {
                // A rejected frame that ran to the end of the file was the cut, already reported.
                return null;
            }
            ended = true;
            throw new BadRecordException(new RecordLocation.ArchiveRecord(file, size), "truncated: the archive ends "
                    + "at byte " + size + " without its end-of-archive record (it was cut short, perhaps between "
                    + "records)", null);
        }
        long at = position;
        RecordLocation location = new RecordLocation.ArchiveRecord(file, at);
        if (provesCompleteness() && endMarkerAt(at)) {
            ended = true;
            position = size;
            String problem = endProblem(at);
            if (problem != null) {
                throw new BadRecordException(location, problem, null);
            }
            return null;
        }
        String problem = frameProblem(at);
        if (problem != null) {
            lastRejected = true;
            counting = false;
            position = nextIntactFrame(at + 1);
            throw new BadRecordException(location, problem, null);
        }
        lastRejected = false;
        int bodyBytes = frame.getInt(0);
        position = at + ArchiveFormat.FRAME_HEADER_BYTES + bodyBytes + ArchiveFormat.FRAME_TRAILER_BYTES;
        HistoryRecord record = RecordCodec.decode(frame.slice(4, bodyBytes), location, version);
        intactRecords++;
        return record;
    }

    private boolean endMarkerAt(long at) throws IOException {
        ByteBuffer marker = ByteBuffer.allocate(4).order(ArchiveFormat.ORDER);
        return readFully(marker, at) && marker.getInt(0) == ArchiveFormat.END_SYNC;
    }

    /**
     * What is wrong with the end-of-archive record at {@code at} and what follows it, or null when
     * it is intact, last in the file, and counts the records read (when they were all counted).
     */
    private String endProblem(long at) throws IOException {
        String problem = endFrameProblem(at);
        if (problem != null) {
            return problem;
        }
        long after = size - at - ArchiveFormat.END_BYTES;
        if (after > 0) {
            return after + " bytes follow the end-of-archive record";
        }
        long count = frame.getLong(ArchiveFormat.END_COUNT_OFFSET);
        if (counting && count != intactRecords) {
            return "the end-of-archive record counts " + Long.toUnsignedString(count) + " records, " + intactRecords
                    + " were read intact";
        }
        return null;
    }

    /**
     * Reads the end-of-archive record at {@code at} into {@link #frame} and says what is wrong
     * with it by itself (size, checksum, the offset it names), or null when it is intact.
     */
    private String endFrameProblem(long at) throws IOException {
        long left = size - at;
        if (left < ArchiveFormat.END_BYTES) {
            return "truncated: the end-of-archive record needs " + ArchiveFormat.END_BYTES + " bytes, the file ends "
                    + left + " bytes after it starts";
        }
        frame.clear().limit(ArchiveFormat.END_BYTES);
        readFully(frame, at);
        crc.reset();
        crc.update(frame.array(), 0, ArchiveFormat.END_CRC_OFFSET);
        int stored = frame.getInt(ArchiveFormat.END_CRC_OFFSET);
        if (stored != (int) crc.getValue()) {
            return "end-of-archive record checksum mismatch (stored " + hex(stored) + ", computed "
                    + hex((int) crc.getValue()) + ")";
        }
        long named = frame.getLong(ArchiveFormat.END_AT_OFFSET);
        if (named != at) {
            return "an end-of-archive record written at byte " + named + " found at byte " + at;
        }
        return null;
    }

    /**
     * Reads the frame at {@code at} into {@link #frame} (length, body, checksum) and says what is
     * wrong with it, or null when it is intact.
     */
    private String frameProblem(long at) throws IOException {
        long left = size - at;
        if (left < ArchiveFormat.FRAME_HEADER_BYTES + ArchiveFormat.FRAME_TRAILER_BYTES) {
            return "truncated: " + left + " bytes at the end of the file, too few for a record";
        }
        ByteBuffer head = ByteBuffer.allocate(ArchiveFormat.FRAME_HEADER_BYTES).order(ArchiveFormat.ORDER);
        readFully(head, at);
        int sync = head.getInt(0);
        if (sync != ArchiveFormat.SYNC) {
            return "no record marker (found " + hex(sync) + ", expected \"YREC\")";
        }
        long bodyBytes = Integer.toUnsignedLong(head.getInt(ArchiveFormat.LENGTH_OFFSET));
        long frameBytes = ArchiveFormat.FRAME_HEADER_BYTES + bodyBytes + ArchiveFormat.FRAME_TRAILER_BYTES;
        if (bodyBytes > ArchiveFormat.MAX_BODY_BYTES) {
            return "record length " + bodyBytes + " exceeds the format's limit of " + ArchiveFormat.MAX_BODY_BYTES;
        }
        if (frameBytes > left) {
            return "truncated: the record claims " + bodyBytes + " bytes but the file ends " + left
                    + " bytes after it starts";
        }
        int payload = (int) bodyBytes + 4;
        if (frame.capacity() < payload + 4) {
            frame = ByteBuffer.allocate(Math.max(payload + 4, frame.capacity() * 2)).order(ArchiveFormat.ORDER);
        }
        frame.clear().limit(payload + 4);
        readFully(frame, at + ArchiveFormat.LENGTH_OFFSET);
        crc.reset();
        crc.update(frame.array(), 0, payload);
        int stored = frame.getInt(payload);
        if (stored != (int) crc.getValue()) {
            return "checksum mismatch (stored " + hex(stored) + ", computed " + hex((int) crc.getValue()) + ")";
        }
        return null;
    }

    /** The offset of the first intact frame at or after {@code from}, or the file size when none is left. */
    private long nextIntactFrame(long from) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(SCAN_BYTES).order(ArchiveFormat.ORDER);
        for (long start = from; start + 4 <= size; start += SCAN_BYTES - 3) {
            window.clear().limit((int) Math.min(SCAN_BYTES, size - start));
            readFully(window, start);
            for (int i = 0; i + 4 <= window.limit(); i++) {
                int marker = window.getInt(i);
                if ((marker == ArchiveFormat.SYNC && frameProblem(start + i) == null)
                        || (marker == ArchiveFormat.END_SYNC && provesCompleteness()
                                && endFrameProblem(start + i) == null)) {
                    return start + i;
                }
            }
        }
        return size;
    }

    private boolean readFully(ByteBuffer target, long at) throws IOException {
        long offset = at;
        while (target.hasRemaining()) {
            int read = channel.read(target, offset);
            if (read < 0) {
                return false;
            }
            offset += read;
        }
        return true;
    }

    private static String hex(int value) {
        return String.format("0x%08x", value);
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void seek(long to) throws IOException {
        if (to < ArchiveFormat.HEADER_BYTES || to > size) {
            throw new ResumeException(ResumeException.Kind.INPUTS_CHANGED, file, file + ": cannot continue at byte "
                    + to + ", the archive has " + size + " bytes");
        }
        position = to;
        counting = false;
        ended = false;
        lastRejected = false;
    }

    @Override
    public long bytesTotal() {
        return size;
    }

    @Override
    public long bytesDone() {
        return position;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
