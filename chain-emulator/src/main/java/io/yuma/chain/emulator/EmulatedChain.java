package io.yuma.chain.emulator;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The emulated chain: blocks 0 to {@code head}, their storage, the spec version in force at each
 * block and the metadata. A block's hash is 24 bytes of Blake2b over its number followed by the
 * number itself (big-endian), so the emulator maps hashes back to numbers without a table and an
 * unknown hash is recognised.
 */
final class EmulatedChain {
    static final int SPEC_VERSION = 425;

    private final VersionedState state;
    private final long head;
    private final NavigableMap<Long, Integer> specVersions;
    private final byte[] metadata;

    EmulatedChain(VersionedState state, long head, NavigableMap<Long, Integer> specVersions, byte[] metadata) {
        this.state = state;
        this.head = head;
        this.specVersions = new TreeMap<>(specVersions);
        this.specVersions.putIfAbsent(0L, SPEC_VERSION);
        this.metadata = metadata.clone();
    }

    VersionedState state() {
        return state;
    }

    long head() {
        return head;
    }

    int specVersion(long block) {
        return specVersions.floorEntry(block).getValue();
    }

    byte[] metadata() {
        return metadata.clone();
    }

    static byte[] blockHash(long number) {
        byte[] hash = new byte[32];
        System.arraycopy(Hasher.blake2b(ByteBuffer.allocate(8).putLong(number).array(), 24), 0, hash, 0, 24);
        ByteBuffer.wrap(hash, 24, 8).putLong(number);
        return hash;
    }

    /** {@return the number of the block with this hash, or -1 when no block of this chain has it} */
    long blockNumber(byte[] hash) {
        if (hash.length != 32) {
            return -1;
        }
        long number = ByteBuffer.wrap(hash, 24, 8).getLong();
        return number >= 0 && number <= head && Arrays.equals(hash, blockHash(number)) ? number : -1;
    }
}
