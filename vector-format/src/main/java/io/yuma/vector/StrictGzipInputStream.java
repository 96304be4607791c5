package io.yuma.vector;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses gzip data (RFC 1952) member after member, as {@link java.util.zip.GZIPInputStream}
 * does, but refuses bytes after a member that do not begin another one. The JDK's reader drops
 * such bytes without a word, so a file with something appended to it would read as whole.
 */
final class StrictGzipInputStream extends InputStream {
    private static final int MAGIC_0 = 0x1f;
    private static final int MAGIC_1 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FLAG_HEADER_CRC = 2;
    private static final int FLAG_EXTRA = 4;
    private static final int FLAG_NAME = 8;
    private static final int FLAG_COMMENT = 16;
    /** MTIME (4 bytes), XFL and OS: read past, nothing in them is checked. */
    private static final int FIXED_HEADER_REST = 6;

    private final PushbackInputStream in;
    private final byte[] buffer;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** Bytes put into the inflater by the last fill; its unused tail goes back to {@link #in}. */
    private int filled;
    private boolean ended;

    /**
     * Reads the first member's header.
     *
     * @param raw the compressed bytes, starting at a gzip header
     * @param bufferBytes the size of the reads from {@code raw}
     * @throws IOException when the header is malformed or cut short
     */
    StrictGzipInputStream(InputStream raw, int bufferBytes) throws IOException {
        this.in = new PushbackInputStream(raw, bufferBytes);
        this.buffer = new byte[bufferBytes];
        readHeader("not in gzip format");
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!ended) {
            int n = inflate(into, offset, length);
            if (n > 0) {
                crc.update(into, offset, n);
                return n;
            }
            if (inflater.finished()) {
                endMember();
            } else if (inflater.needsDictionary()) {
                throw new ZipException("the deflate data asks for a preset dictionary, which gzip does not have");
            } else if (inflater.needsInput()) {
                fill();
            }
        }
        return -1;
    }

    private int inflate(byte[] into, int offset, int length) throws ZipException {
        try {
            return inflater.inflate(into, offset, length);
        } catch (DataFormatException e) {
            throw new ZipException(e.getMessage());
        }
    }

    private void fill() throws IOException {
        filled = in.read(buffer);
        if (filled == -1) {
            throw new EOFException("Unexpected end of ZLIB input stream");
        }
        inflater.setInput(buffer, 0, filled);
    }

    /** Checks the trailer, then either ends the data or starts the member that follows. */
    private void endMember() throws IOException {
        int unused = inflater.getRemaining();
        if (unused > 0) {
            in.unread(buffer, filled - unused, unused);
        }
        if (readUInt() != crc.getValue() || readUInt() != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new ZipException("Corrupt GZIP trailer");
        }
        int next = in.read();
        if (next == -1) {
            ended = true;
            return;
        }
        in.unread(next);
        readHeader("unexpected bytes after the end of the gzip data, not another gzip member");
        inflater.reset();
        crc.reset();
    }

    private void readHeader(String notGzip) throws IOException {
        if (readUByte() != MAGIC_0 || readUByte() != MAGIC_1) {
            throw new ZipException(notGzip);
        }
        if (readUByte() != DEFLATE) {
            throw new ZipException("unsupported gzip compression method");
        }
        int flags = readUByte();
        skip(FIXED_HEADER_REST);
        if ((flags & FLAG_EXTRA) != 0) {
            skip(readUByte() | readUByte() << 8);
        }
        if ((flags & FLAG_NAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FLAG_COMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FLAG_HEADER_CRC) != 0) {
            skip(2);
        }
    }

    private long readUInt() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            value |= (long) readUByte() << shift;
        }
        return value;
    }

    private void skip(int bytes) throws IOException {
        for (int i = 0; i < bytes; i++) {
            readUByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (readUByte() != 0) {
            // a header string (file name or comment): not used
        }
    }

    private int readUByte() throws IOException {
        int b = in.read();
        if (b == -1) {
            throw new EOFException("Unexpected end of gzip header or trailer");
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        inflater.close();
        in.close();
    }
}
