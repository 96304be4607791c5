package io.yuma.chain.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Storage of every block of the emulated chain: for each key, the blocks at which its value was
 * set or removed. The state after block B holds, for each key, its last write at or before B.
 * Keys iterate in unsigned byte order, as a node's trie does.
 */
final class VersionedState {
    /** The marker of a removed entry. */
    static final byte[] REMOVED = new byte[0];

    private final NavigableMap<byte[], NavigableMap<Long, byte[]>> history = new TreeMap<>(Arrays::compareUnsigned);

    /** {@return the value after block {@code block}, or null when the key holds none} */
    byte[] get(long block, byte[] key) {
        NavigableMap<Long, byte[]> writes = history.get(key);
        if (writes == null) {
            return null;
        }
        Map.Entry<Long, byte[]> last = writes.floorEntry(block);
        return last == null || last.getValue() == REMOVED ? null : last.getValue();
    }

    /** {@return the value written at exactly {@code block}: null when none, {@link #REMOVED} for a removal} */
    byte[] writtenAt(long block, byte[] key) {
        NavigableMap<Long, byte[]> writes = history.get(key);
        return writes == null ? null : writes.get(block);
    }

    void put(long block, byte[] key, byte[] value) {
        history.computeIfAbsent(key, k -> new TreeMap<>()).put(block, value);
    }

    /**
     * The keys holding a value after {@code block} that start with {@code prefix} and come after
     * {@code startAfter} (exclusive; null to start at the prefix), at most {@code count}, in order.
     */
    List<byte[]> keys(long block, byte[] prefix, byte[] startAfter, int count) {
        List<byte[]> out = new ArrayList<>();
        NavigableMap<byte[], NavigableMap<Long, byte[]>> tail = startAfter != null && Arrays.compareUnsigned(startAfter, prefix) >= 0
                ? history.tailMap(startAfter, false) : history.tailMap(prefix, true);
        for (byte[] key : tail.keySet()) {
            if (out.size() >= count || !startsWith(key, prefix)) {
                break;
            }
            if (get(block, key) != null) {
                out.add(key);
            }
        }
        return out;
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }
}
