package io.yuma.chain.scale;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Writes SCALE primitives (little-endian integers, compact integers, byte strings). */
public final class ScaleWriter {
    private static final BigInteger COMPACT_ONE_BYTE = BigInteger.ONE.shiftLeft(6);
    private static final BigInteger COMPACT_TWO_BYTES = BigInteger.ONE.shiftLeft(14);
    private static final BigInteger COMPACT_FOUR_BYTES = BigInteger.ONE.shiftLeft(30);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** An empty writer. */
    public ScaleWriter() {
    }

    /**
     * Appends one byte.
     *
     * @param value 0 to 255
     * @return this writer
     */
    public ScaleWriter u8(int value) {
        out.write(value);
        return this;
    }

    /**
     * Appends {@code value} as a little-endian integer of {@code width} bytes.
     *
     * @param value the value
     * @param width its size in bytes
     * @param signed whether it is two's complement
     * @return this writer
     * @throws ScaleException when the value does not fit
     */
    public ScaleWriter integer(BigInteger value, int width, boolean signed) {
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(8 * width - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(8 * width - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(8 * width).subtract(BigInteger.ONE);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ScaleException(value + " is out of the range " + min + " to " + max
                    + " of a" + (signed ? " signed" : "n unsigned") + " " + 8 * width + "-bit integer");
        }
        for (int i = 0; i < width; i++) {
            out.write(value.shiftRight(8 * i).intValue() & 0xFF);
        }
        return this;
    }

    /**
     * Appends {@code value} as a SCALE compact integer.
     *
     * @param value a non-negative value below 2^536
     * @return this writer
     * @throws ScaleException when it is negative
     */
    public ScaleWriter compact(BigInteger value) {
        if (value.signum() < 0) {
            throw new ScaleException("a compact integer cannot be negative: " + value);
        }
        if (value.compareTo(COMPACT_ONE_BYTE) < 0) {
            return integer(value.shiftLeft(2), 1, false);
        }
        if (value.compareTo(COMPACT_TWO_BYTES) < 0) {
            return integer(value.shiftLeft(2).or(BigInteger.ONE), 2, false);
        }
        if (value.compareTo(COMPACT_FOUR_BYTES) < 0) {
            return integer(value.shiftLeft(2).or(BigInteger.TWO), 4, false);
        }
        int width = Math.max(4, (value.bitLength() + 7) / 8);
        if (width > 67) {
            throw new ScaleException("a compact integer has at most 536 bits: " + value);
        }
        u8(((width - 4) << 2) | 3);
        return integer(value, width, false);
    }

    /**
     * Appends bytes as they are.
     *
     * @param bytes the bytes
     * @return this writer
     */
    public ScaleWriter bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /**
     * Appends a compact length, then the bytes.
     *
     * @param bytes the bytes
     * @return this writer
     */
    public ScaleWriter byteString(byte[] bytes) {
        compact(BigInteger.valueOf(bytes.length));
        return bytes(bytes);
    }

    /**
     * Appends a string as a compact length and its UTF-8 bytes.
     *
     * @param text the string
     * @return this writer
     */
    public ScaleWriter string(String text) {
        return byteString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the bytes written so far} */
    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
