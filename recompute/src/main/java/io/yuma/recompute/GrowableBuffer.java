package io.yuma.recompute;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A little-endian write buffer that grows as needed; reused across records to avoid garbage. */
final class GrowableBuffer {
    private ByteBuffer buffer;

    GrowableBuffer(int initialBytes) {
        buffer = ByteBuffer.allocate(initialBytes).order(ArchiveFormat.ORDER);
    }

    /** Empties the buffer, keeping its capacity. */
    GrowableBuffer clear() {
        buffer.clear();
        return this;
    }

    /** The bytes written so far, as a buffer positioned at 0 (a view that the next write may change). */
    ByteBuffer flipped() {
        return buffer.duplicate().order(ArchiveFormat.ORDER).flip();
    }

    /** Number of bytes written. */
    int size() {
        return buffer.position();
    }

    /** The backing array; bytes 0 .. {@link #size()} are written. */
    byte[] array() {
        return buffer.array();
    }

    GrowableBuffer u8(int value) {
        room(1).put((byte) value);
        return this;
    }

    GrowableBuffer u16(int value) {
        room(2).putShort((short) value);
        return this;
    }

    GrowableBuffer i32(int value) {
        room(4).putInt(value);
        return this;
    }

    GrowableBuffer u64(long value) {
        room(8).putLong(value);
        return this;
    }

    /** Raw bytes, as they are (a fixed-size field such as a block hash). */
    GrowableBuffer bytes(byte[] value) {
        room(value.length).put(value);
        return this;
    }

    /** A length-prefixed UTF-8 string (u16 byte length). */
    GrowableBuffer string(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("string of " + bytes.length
                    + " UTF-8 bytes is too long (65535 at most): " + value.substring(0, 40) + "...");
        }
        u16(bytes.length);
        room(bytes.length).put(bytes);
        return this;
    }

    /** Writes a u32 at an absolute offset already written (a length or checksum filled in later). */
    void putI32At(int offset, int value) {
        buffer.putInt(offset, value);
    }

    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            long wanted = Math.max((long) buffer.capacity() * 2, (long) buffer.position() + bytes);
            ByteBuffer larger = ByteBuffer.allocate((int) Math.min(wanted, Integer.MAX_VALUE - 8))
                    .order(ArchiveFormat.ORDER);
            larger.put(buffer.flip());
            buffer = larger;
        }
        return buffer;
    }
}
