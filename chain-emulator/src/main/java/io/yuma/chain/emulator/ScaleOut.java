package io.yuma.chain.emulator;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** SCALE encoding into a growing byte buffer: little-endian integers, compact lengths, strings. */
final class ScaleOut {
    private static final BigInteger COMPACT_BIG_LIMIT = BigInteger.ONE.shiftLeft(30);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ScaleOut u8(int v) {
        bytes.write(v);
        return this;
    }

    ScaleOut bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    ScaleOut u16(int v) {
        return littleEndian(v & 0xFFFFL, 2);
    }

    ScaleOut u32(long v) {
        return littleEndian(v, 4);
    }

    ScaleOut u64(long v) {
        return littleEndian(v, 8);
    }

    private ScaleOut littleEndian(long v, int width) {
        for (int i = 0; i < width; i++) {
            bytes.write((int) (v >>> (8 * i)));
        }
        return this;
    }

    /** Compact (variable-width) unsigned integer, as lengths and compact fields are written. */
    ScaleOut compact(long v) {
        if (v < 0) {
            return compactBig(new BigInteger(Long.toUnsignedString(v)));
        }
        if (v < 1 << 6) {
            return u8((int) (v << 2));
        }
        if (v < 1 << 14) {
            return u16((int) (v << 2 | 1));
        }
        if (v < 1 << 30) {
            return u32(v << 2 | 2);
        }
        return compactBig(BigInteger.valueOf(v));
    }

    private ScaleOut compactBig(BigInteger v) {
        if (v.compareTo(COMPACT_BIG_LIMIT) < 0) {
            return compact(v.longValueExact());
        }
        byte[] be = v.toByteArray();
        int start = be[0] == 0 ? 1 : 0;
        int length = be.length - start;
        u8((length - 4) << 2 | 3);
        for (int i = be.length - 1; i >= start; i--) {
            bytes.write(be[i]);
        }
        return this;
    }

    ScaleOut raw(byte[] data) {
        bytes.writeBytes(data);
        return this;
    }

    /** A length-prefixed byte sequence ({@code Vec<u8>}). */
    ScaleOut byteVec(byte[] data) {
        return compact(data.length).raw(data);
    }

    ScaleOut str(String s) {
        return byteVec(s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }
}
