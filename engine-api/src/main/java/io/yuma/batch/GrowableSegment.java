package io.yuma.batch;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * An off-heap byte buffer that doubles when full, for building a batch one subnet at a time
 * without knowing its final size. Each generation lives in its own shared arena, closed when the
 * buffer outgrows it, so growth never leaks; {@link #seal} hands the last arena to the batch.
 */
final class GrowableSegment implements AutoCloseable {
    private Arena arena;
    private MemorySegment segment;
    private long size;

    GrowableSegment(long initialBytes) {
        arena = Arena.ofShared();
        segment = arena.allocate(Math.max(initialBytes, 64), 64);
    }

    /** Makes room for {@code bytes} more and returns the offset they start at. */
    long reserve(long bytes) {
        long needed = size + bytes;
        if (needed > segment.byteSize()) {
            long capacity = segment.byteSize();
            while (capacity < needed) {
                capacity *= 2;
            }
            Arena grown = Arena.ofShared();
            MemorySegment bigger = grown.allocate(capacity, 64);
            MemorySegment.copy(segment, 0, bigger, 0, size);
            arena.close();
            arena = grown;
            segment = bigger;
        }
        long offset = size;
        size = needed;
        return offset;
    }

    MemorySegment segment() {
        return segment;
    }

    long size() {
        return size;
    }

    /** The used bytes as a segment, and the arena that owns them (the caller closes it). */
    Arena seal() {
        segment = segment.asSlice(0, size);
        return arena;
    }

    @Override
    public void close() {
        arena.close();
    }
}
