package io.yuma.chain.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the served state as a client would, for the tests: keys built from item names and the
 * documented hashers, values decoded by hand (little-endian integers, compact lengths).
 */
final class StateReader {
    private final VersionedState state;
    private final long block;

    StateReader(VersionedState state, long block) {
        this.state = state;
        this.block = block;
    }

    static byte[] key(String item, byte[]... hashedParts) {
        byte[] out = concat(Hasher.twox("SubtensorModule".getBytes(StandardCharsets.UTF_8), 2),
                Hasher.twox(item.getBytes(StandardCharsets.UTF_8), 2));
        for (byte[] p : hashedParts) {
            out = concat(out, p);
        }
        return out;
    }

    static byte[] le(long v, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = (byte) (v >>> (8 * i));
        }
        return out;
    }

    static byte[] blake2Concat(byte[] k) {
        return concat(Hasher.blake2b(k, 16), k);
    }

    static byte[] twoxConcat(byte[] k) {
        return concat(Hasher.twox(k, 1), k);
    }

    byte[] raw(byte[] key) {
        return state.get(block, key);
    }

    /** {@return the little-endian unsigned value at {@code key}, or {@code otherwise} when absent} */
    long number(byte[] key, long otherwise) {
        byte[] v = raw(key);
        if (v == null) {
            return otherwise;
        }
        long out = 0;
        for (int i = v.length - 1; i >= 0; i--) {
            out = out << 8 | (v[i] & 0xFF);
        }
        return out;
    }

    /** A cursor over one SCALE value. */
    static final class Cursor {
        private final byte[] b;
        private int pos;

        Cursor(byte[] bytes) {
            this.b = bytes == null ? new byte[] {0} : bytes;
        }

        long fixed(int width) {
            long v = 0;
            for (int i = width - 1; i >= 0; i--) {
                v = v << 8 | (b[pos + i] & 0xFF);
            }
            pos += width;
            return v;
        }

        int compact() {
            int first = b[pos] & 0xFF;
            return switch (first & 3) {
                case 0 -> (int) (fixed(1) >>> 2);
                case 1 -> (int) (fixed(2) >>> 2);
                case 2 -> (int) (fixed(4) >>> 2);
                default -> throw new IllegalStateException("big compact");
            };
        }

        byte[] bytes(int n) {
            byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        boolean done() {
            return pos == b.length;
        }
    }

    /** {@return a {@code Vec} of fixed-width unsigned values} */
    static List<Long> vec(byte[] bytes, int width) {
        Cursor c = new Cursor(bytes);
        int n = c.compact();
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(c.fixed(width));
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
