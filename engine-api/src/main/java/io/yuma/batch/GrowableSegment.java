package io.yuma.batch;

import static io.yuma.batch.layout.BatchLayout.COLUMN_ALIGNMENT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Supplier;

/**
 * An off-heap byte buffer that doubles when full, for building a batch one subnet at a time
 * without knowing its final size. It starts in the batch's arena, which every column shares (a
 * shared arena's close is a handshake with every thread, so a batch closes as few as it can).
 * Only when it outgrows that first memory does it move into an arena of its own, closed again
 * when it outgrows that one, so growth never leaks; the first memory then stays unused until the
 * batch closes. {@link #seal} hands the buffer's own arena, if any, to the batch. Every
 * generation starts on a {@link io.yuma.batch.layout.BatchLayout#COLUMN_ALIGNMENT} boundary, as
 * the layout promises for each column.
 */
final class GrowableSegment implements AutoCloseable {
    private final Supplier<Arena> arenas;
    private Arena grown;
    private MemorySegment segment;
    private long size;

    /**
     * @param arenas makes arenas of the batch's kind (shared or thread-confined), for growth
     * @param shared the batch's arena, which allocates the first memory and which the batch closes
     * @param initialBytes the expected size; the buffer starts with at least one aligned line
     */
    GrowableSegment(Supplier<Arena> arenas, Arena shared, long initialBytes) {
        this.arenas = arenas;
        segment = shared.allocate(Math.max(initialBytes, COLUMN_ALIGNMENT), COLUMN_ALIGNMENT);
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
            Arena next = arenas.get();
            MemorySegment bigger = next.allocate(capacity, COLUMN_ALIGNMENT);
            MemorySegment.copy(segment, 0, bigger, 0, size);
            if (grown != null) {
                grown.close();
            }
            grown = next;
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
     * Trims the segment to the used bytes and gives up ownership of its own arena.
     *
     * @return the arena that owns the used bytes when the buffer grew out of the shared one, for
     *     the caller to close; null when the bytes live in the shared arena
     */
    Arena seal() {
        segment = segment.asSlice(0, size);
        return grown;
    }

    /** Frees the buffer's own arena, if it has one; the shared arena is its owner's to close. */
    @Override
    public void close() {
        if (grown != null) {
            grown.close();
        }
    }
}
