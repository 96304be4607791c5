package io.yuma.chain.scale;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Reads SCALE primitives (little-endian integers, compact integers, byte strings) from a byte array. */
public final class ScaleReader {
    private final byte[] bytes;
    private int position;

    /**
     * A reader at the start of {@code bytes}.
     *
     * @param bytes the SCALE bytes, not copied
     */
    public ScaleReader(byte[] bytes) {
        this(bytes, 0);
    }

    /**
     * A reader at {@code position} of {@code bytes}.
     *
     * @param bytes the SCALE bytes, not copied
     * @param position the offset of the first byte to read
     */
    public ScaleReader(byte[] bytes, int position) {
        this.bytes = bytes;
        this.position = position;
    }

    /** {@return the offset of the next byte to read} */
    public int position() {
        return position;
    }

    /** {@return how many bytes are left} */
    public int remaining() {
        return bytes.length - position;
    }

    /**
     * Checks that every byte was read.
     *
     * @param what what the bytes held, for the message
     * @throws ScaleException when bytes are left over
     */
    public void expectEnd(String what) {
        if (remaining() != 0) {
            throw new ScaleException(what + ": " + remaining() + " byte(s) left over after decoding "
                    + position + " of " + bytes.length);
        }
    }

    /** {@return the next byte, unsigned} */
    public int u8() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    /** {@return the next two bytes as an unsigned little-endian integer} */
    public int u16() {
        return (int) littleEndian(2);
    }

    /** {@return the next four bytes as an unsigned little-endian integer} */
    public long u32() {
        return littleEndian(4);
    }

    /** {@return the next eight bytes as a little-endian integer (two's complement)} */
    public long u64() {
        return littleEndian(8);
    }

    /**
     * Reads a little-endian integer of {@code width} bytes.
     *
     * @param width its size in bytes
     * @param signed whether it is two's complement
     * @return its value
     */
    public BigInteger integer(int width, boolean signed) {
        byte[] bigEndian = new byte[width + 1];
        need(width);
        for (int i = 0; i < width; i++) {
            bigEndian[width - i] = bytes[position + i];
        }
        position += width;
        if (signed) {
            return new BigInteger(Arrays.copyOfRange(bigEndian, 1, width + 1));
        }
        return new BigInteger(bigEndian);
    }

    /** {@return the next SCALE compact integer} */
    public BigInteger compact() {
        int first = u8();
        return switch (first & 3) {
            case 0 -> BigInteger.valueOf(first >>> 2);
            case 1 -> BigInteger.valueOf(((u8() << 8) | first) >>> 2);
            case 2 -> {
                long rest = littleEndian(3);
                yield BigInteger.valueOf(((rest << 8) | first) >>> 2);
            }
            default -> integer((first >>> 2) + 4, false);
        };
    }

    /**
     * Reads a compact integer that counts something held in memory (a length, an index).
     *
     * @param what what it counts, for the message
     * @return its value
     * @throws ScaleException when it is larger than the bytes left could hold
     */
    public int compactLength(String what) {
        BigInteger value = compact();
        if (value.bitLength() > 31 || value.intValue() > remaining()) {
            throw new ScaleException(what + " of " + value + " at offset " + position + " exceeds the "
                    + remaining() + " byte(s) left");
        }
        return value.intValue();
    }

    /**
     * {@return the next {@code length} bytes}
     *
     * @param length how many
     */
    public byte[] bytes(int length) {
        need(length);
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    /** {@return a compact-length-prefixed byte string} */
    public byte[] byteString() {
        return bytes(compactLength("byte string length"));
    }

    /** {@return a compact-length-prefixed UTF-8 string} */
    public String string() {
        int start = position;
        byte[] utf8 = byteString();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new ScaleException("string at offset " + start + " is not UTF-8");
        }
    }

    /**
     * Reads a one-byte {@code Option} tag.
     *
     * @param what what the option holds, for the message
     * @return whether a value follows
     */
    public boolean optionTag(String what) {
        int tag = u8();
        if (tag > 1) {
            throw new ScaleException(what + ": Option tag " + tag + " at offset " + (position - 1) + " is neither 0 nor 1");
        }
        return tag == 1;
    }

    private long littleEndian(int width) {
        need(width);
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[position + i] & 0xFF);
        }
        position += width;
        return value;
    }

    private void need(int count) {
        if (count > remaining()) {
            throw new ScaleException("need " + count + " byte(s) at offset " + position + " but only "
                    + remaining() + " of " + bytes.length + " are left");
        }
    }
}
