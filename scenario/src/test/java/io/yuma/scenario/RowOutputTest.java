package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers written straight into the buffer read back as the JDK prints them, across buffer refills. */
class RowOutputTest {
    private static final long[] EDGES = {0, 1, 9, 10, 99, 100, 65_535, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
        999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, -1, -10,
        Integer.MIN_VALUE, -9_999_999_999_999_999L};

    @TempDir
    Path dir;

    @Test
    void numbersMatchTheJdksDecimalsSignedAndUnsigned() throws IOException {
        Path file = dir.resolve("numbers");
        StringBuilder expected = new StringBuilder();
        try (RowOutput out = new RowOutput(file)) {
            // Enough rows to refill the 64 KiB buffer several times mid-number.
            for (int round = 0; round < 4_000; round++) {
                for (long edge : EDGES) {
                    long value = edge + round;
                    out.signed(value);
                    out.ascii(' ');
                    out.unsigned(value);
                    out.ascii('\n');
                    expected.append(value).append(' ').append(Long.toUnsignedString(value)).append('\n');
                }
            }
        }
        assertEquals(expected.toString(), Files.readString(file, StandardCharsets.US_ASCII));
    }

    @Test
    void textsLongerThanTheBufferAreWrittenWhole() throws IOException {
        Path file = dir.resolve("text");
        byte[] large = "é,".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        try (RowOutput out = new RowOutput(file)) {
            out.bool(true);
            out.bytes(large);
            out.bool(false);
        }
        assertEquals("true" + "é,".repeat(50_000) + "false", Files.readString(file, StandardCharsets.UTF_8));
    }
}
