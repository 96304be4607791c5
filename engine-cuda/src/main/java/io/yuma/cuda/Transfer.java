package io.yuma.cuda;

import java.lang.foreign.MemorySegment;

/**
 * A host-side copy of one slot: the batch column slice an {@code IN_*} slot is filled from, or
 * the results column slice (or staging buffer) an {@code OUT_*} slot is read into. The segment's
 * size is the slot's size.
 *
 * @param slot the arena buffer
 * @param host native memory of exactly {@code layout.bytes(slot)} bytes
 */
record Transfer(Slot slot, MemorySegment host) {
}
