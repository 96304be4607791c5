package io.yuma.cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The engine's reusable host buffers for the outputs that need unpacking (the bonds blocks and
 * the statuses): grown when a slice needs more, kept otherwise, so steady-state runs allocate
 * nothing. Not thread-safe; the engine serializes runs.
 */
final class HostStaging implements AutoCloseable {
    private Arena bondsArena = Arena.ofShared();
    private MemorySegment bonds = bondsArena.allocate(64, 64);
    private Arena statusArena = Arena.ofShared();
    private MemorySegment status = statusArena.allocate(64, 64);

    /** A buffer of exactly {@code bytes} for OUT_BONDS. */
    MemorySegment bonds(long bytes) {
        if (bonds.byteSize() < bytes) {
            bondsArena.close();
            bondsArena = Arena.ofShared();
            bonds = bondsArena.allocate(bytes + bytes / 4, 64);
        }
        return bonds.asSlice(0, bytes);
    }

    /** A buffer of exactly {@code bytes} for OUT_STATUS. */
    MemorySegment status(long bytes) {
        if (status.byteSize() < bytes) {
            statusArena.close();
            statusArena = Arena.ofShared();
            status = statusArena.allocate(bytes + bytes / 4, 64);
        }
        return status.asSlice(0, bytes);
    }

    @Override
    public void close() {
        bondsArena.close();
        statusArena.close();
    }
}
