package io.yuma.chain.emulator;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The writes of one vector, staged so that a vector the chain cannot hold is refused whole:
 * two different values for one key at one block, within the vector or against the chain built
 * so far, are a conflict.
 */
final class WriteSet {
    private final NavigableMap<Long, NavigableMap<byte[], byte[]>> byBlock = new TreeMap<>();
    private final Map<byte[], String> names = new TreeMap<>(Arrays::compareUnsigned);

    /** Stages a value ({@link VersionedState#REMOVED} to remove) for {@code key} after {@code block}. */
    void put(long block, String item, byte[] key, byte[] value) throws LayoutConflict {
        NavigableMap<byte[], byte[]> writes = byBlock.computeIfAbsent(block, b -> new TreeMap<>(Arrays::compareUnsigned));
        byte[] earlier = writes.get(key);
        if (earlier != null && !Arrays.equals(earlier, value)) {
            throw new LayoutConflict(item + " needs two values at block " + block);
        }
        writes.put(key, value);
        names.put(key, item);
    }

    /** {@return the value staged for {@code key} at exactly {@code block}, or null} */
    byte[] staged(long block, byte[] key) {
        NavigableMap<byte[], byte[]> writes = byBlock.get(block);
        return writes == null ? null : writes.get(key);
    }

    /** @throws LayoutConflict when the chain already holds another value for a staged key at its block */
    void checkAgainst(VersionedState state) throws LayoutConflict {
        for (Map.Entry<Long, NavigableMap<byte[], byte[]>> block : byBlock.entrySet()) {
            for (Map.Entry<byte[], byte[]> write : block.getValue().entrySet()) {
                byte[] there = state.writtenAt(block.getKey(), write.getKey());
                if (there != null && !Arrays.equals(there, write.getValue())) {
                    throw new LayoutConflict(names.get(write.getKey()) + " (key 0x" + HexFormat.of().formatHex(write.getKey())
                            + ") is already set to another value at block " + block.getKey() + " by another vector");
                }
            }
        }
    }

    void applyTo(VersionedState state) {
        byBlock.forEach((block, writes) -> writes.forEach((key, value) -> state.put(block, key, value)));
    }
}
