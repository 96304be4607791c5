package io.yuma.scenario;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file written as bytes through one buffer, with decimal numbers formatted straight into it: the
 * result files are millions of small numbers, and going through strings, a character encoder and
 * a generator per field cost more than computing them.
 */
final class RowOutput implements Closeable {
    private static final int BUFFER = 1 << 16;
    /** Digits of the largest u64, 18446744073709551615. */
    private static final int MAX_DIGITS = 20;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    /** A number's digits, formatted from the last place backwards. */
    private final byte[] digits = new byte[MAX_DIGITS];
    private int used;

    RowOutput(Path file) throws IOException {
        out = Files.newOutputStream(file);
    }

    void bytes(byte[] bytes) throws IOException {
        if (bytes.length > BUFFER - used) {
            drain();
            if (bytes.length > BUFFER) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    void ascii(char c) throws IOException {
        if (used == BUFFER) {
            drain();
        }
        buffer[used++] = (byte) c;
    }

    /** Writes {@code value} in decimal, with a minus sign when negative. */
    void signed(long value) throws IOException {
        if (value < 0) {
            ascii('-');
            // The negation of Long.MIN_VALUE is itself, which read unsigned is its magnitude.
            unsigned(-value);
        } else {
            unsigned(value);
        }
    }

    /** Writes {@code value} in decimal, read as an unsigned 64-bit integer (the chain's u64). */
    void unsigned(long value) throws IOException {
        if (BUFFER - used < MAX_DIGITS) {
            drain();
        }
        int at = MAX_DIGITS;
        if (value >= 0 && value <= Integer.MAX_VALUE) {
            // Most values are u16 shares, uids and epochs: int division is the cheaper loop.
            int rest = (int) value;
            do {
                digits[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest != 0);
        } else {
            long rest = value;
            if (rest < 0) {
                long quotient = Long.divideUnsigned(rest, 10);
                digits[--at] = (byte) ('0' + (rest - quotient * 10));
                rest = quotient;
            }
            do {
                digits[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest != 0);
        }
        System.arraycopy(digits, at, buffer, used, MAX_DIGITS - at);
        used += MAX_DIGITS - at;
    }

    void bool(boolean value) throws IOException {
        bytes(value ? TRUE : FALSE);
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            drain();
        }
    }
}
