package io.yuma.batch;

import static io.yuma.batch.layout.BatchLayout.COLUMN_ALIGNMENT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * An off-heap byte buffer that doubles when full, for building a batch one subnet at a time
 * without knowing its final size. Each generation lives in its own shared arena, closed when the
 * buffer outgrows it, so growth never leaks; {@link #seal} hands the last arena to the batch.
 * Every generation starts on a {@link io.yuma.batch.layout.BatchLayout#COLUMN_ALIGNMENT} boundary,
 * as the layout promises for each column.
 */
final class GrowableSegment implements AutoCloseable {
    private Arena arena;
    private MemorySegment segment;
    private long size;

    /** @param initialBytes the expected size; the buffer starts with at least one aligned line */
    GrowableSegment(long initialBytes) {
        arena = Arena.ofShared();
        segment = arena.allocate(Math.max(initialBytes, COLUMN_ALIGNMENT), COLUMN_ALIGNMENT);
    }

    /**
     * Makes room for more bytes at the end; the segment may move, so take {@link #segment()} after.
     *
     * @param bytes how many bytes to append
     * @return the offset the appended bytes start at
     */
    long reserve(long bytes) {
        long needed = size + bytes;
        if (needed > segment.byteSize()) {
            long capacity = segment.byteSize();
            while (capacity < needed) {
                capacity *= 2;
            }
            Arena grown = Arena.ofShared();
            MemorySegment bigger = grown.allocate(capacity, COLUMN_ALIGNMENT);
            MemorySegment.copy(segment, 0, bigger, 0, size);
            arena.close();
            arena = grown;
            segment = bigger;
        }
        long offset = size;
        size = needed;
        return offset;
    }

    /** {@return the current memory: all of it before {@link #seal}, the used bytes after} */
    MemorySegment segment() {
        return segment;
    }

    /** {@return the bytes reserved so far} */
    long size() {
        return size;
    }

    /**
     * Trims the segment to the used bytes and gives up ownership of its arena.
     *
     * @return the arena that owns the used bytes, for the caller to close
     */
    Arena seal() {
        segment = segment.asSlice(0, size);
        return arena;
    }

    @Override
    public void close() {
        arena.close();
    }
}
