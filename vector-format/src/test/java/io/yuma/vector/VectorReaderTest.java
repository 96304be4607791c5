package io.yuma.vector;

import static io.yuma.vector.SampleVectors.SEQUENCE;
import static io.yuma.vector.SampleVectors.SINGLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryInputFieldAsWritten() throws IOException {
        Vector vector = SampleVectors.read(SINGLE);
        assertEquals("sample-n3", vector.name());
        assertEquals("edge", vector.family());
        assertFalse(vector.sequence());
        EpochInput input = vector.epochs().getFirst().input();
        assertEquals(3, input.n());
        assertEquals(-1L, input.currentBlock());
        assertEquals(Long.MIN_VALUE, input.lastMechanismStepBlock());
        assertEquals(-2L, input.taoWeight());
        assertEquals(360, input.tempo());
        assertEquals(5000, input.activityCutoff());
        assertEquals(32767, input.kappa());
        assertEquals(65535, input.bondsPenalty());
        assertEquals(900000, input.bondsMovingAverage());
        assertTrue(input.liquidAlpha());
        assertFalse(input.yuma3());
        assertEquals(1638, input.alphaLow());
        assertEquals(65535, input.alphaHigh());
        assertEquals(-32768, input.alphaSigmoidSteepness());
        assertEquals(64, input.maxAllowedValidators());
        assertEquals(1000, input.stakeThreshold());
        assertEquals(-1, input.ownerUid());
        assertEquals(1_000_000_000L, input.raoEmission());
        assertTrue(input.commitReveal());
        assertArrayEquals(new long[] {1, Long.MAX_VALUE, -1L}, input.alphaStakes());
        assertArrayEquals(new long[] {0, 5, 6}, input.taoStakes());
        assertArrayEquals(new long[] {10, 11, 12}, input.lastUpdates());
        assertArrayEquals(new long[] {1, 2, 3}, input.blocksAtRegistration());
        assertArrayEquals(new boolean[] {true, false, true}, input.validatorPermits());
        assertArrayEquals(new long[] {EpochInput.NO_COMMIT, 7, 8}, input.commitBlocks());
        assertEquals(rows(new int[] {0, 2, 2, 4}, new int[] {2, 0, 70, 1}, new long[] {65535, 1, 3, 0}), input.weights());
        assertEquals(rows(new int[] {0, 0, 1, 1}, new int[] {1}, new long[] {2}), input.bonds());
    }

    @Test
    void readsOutputAndTrace() throws IOException {
        EpochResult expected = SampleVectors.read(SINGLE).epochs().getFirst().expected();
        assertArrayEquals(new boolean[] {true, true, false}, expected.active());
        assertArrayEquals(new long[] {1, Long.MIN_VALUE, -1L}, expected.stake());
        assertArrayEquals(new int[] {0, 65535, 3}, expected.stakeWeight());
        assertArrayEquals(new int[] {4, 5, 6}, expected.consensus());
        assertArrayEquals(new int[] {7, 8, 9}, expected.validatorTrust());
        assertArrayEquals(new int[] {10, 11, 12}, expected.incentive());
        assertArrayEquals(new int[] {13, 14, 15}, expected.dividend());
        assertArrayEquals(new boolean[] {false, true, true}, expected.newValidatorPermit());
        assertArrayEquals(new long[] {16, 17, 18}, expected.serverEmission());
        assertArrayEquals(new long[] {19, 20, 21}, expected.validatorEmission());
        assertArrayEquals(new long[] {22, 23, 24}, expected.emission());
        assertEquals(rows(new int[] {0, 1, 1, 3}, new int[] {0, 2, 1}, new long[] {65535, 7, 8}), expected.bonds());
        assertEquals(java.util.List.of("stake", "dividends"), java.util.List.copyOf(expected.trace().vectors().keySet()));
        assertArrayEquals(new long[] {-1, 0, 1L << 32}, expected.trace().vectors().get("stake"));
        assertEquals(rows(new int[] {0, 1, 1, 1}, new int[] {0}, new long[] {-5}), expected.trace().emaBonds());
    }

    @Test
    void readsSequenceEpochsInOrder() throws IOException {
        Vector vector = SampleVectors.read(SEQUENCE);
        assertTrue(vector.sequence());
        assertEquals(2, vector.epochs().size());
        assertEquals(100, vector.epochs().get(0).input().currentBlock());
        assertEquals(101, vector.epochs().get(1).input().currentBlock());
        assertNull(vector.epochs().get(0).trace());
        assertArrayEquals(new long[] {42}, vector.epochs().get(1).trace().vectors().get("incentive"));
        assertEquals(0, vector.epochs().get(0).input().ownerUid());
    }

    @Test
    void roundTripKeepsEveryValue() throws IOException {
        for (String sample : new String[] {SINGLE, SEQUENCE}) {
            Vector original = SampleVectors.read(sample);
            Vector again = SampleVectors.read(SampleVectors.write(original));
            SampleVectors.assertSameVector(original, again);
        }
    }

    @Test
    void writesU64Unsigned() throws IOException {
        String written = SampleVectors.write(SampleVectors.read(SINGLE));
        assertTrue(written.contains("\"current_block\":18446744073709551615"), written);
        assertTrue(written.contains("\"last_mechanism_step_block\":9223372036854775808"), written);
        assertTrue(written.contains("\"stake\":[1,9223372036854775808,18446744073709551615]"), written);
        assertTrue(written.contains("\"owner_uid\":null"), written);
    }

    @Test
    void writtenGzipFileReadsBackAndLeavesNoPartialFile() throws IOException {
        Vector original = SampleVectors.read(SINGLE);
        Path file = dir.resolve("out.json.gz");
        VectorWriter.write(original, file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0x1f, bytes[0] & 0xff);
        assertEquals(0x8b, bytes[1] & 0xff);
        SampleVectors.assertSameVector(original, VectorReader.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(file), files.toList());
        }
    }

    @Test
    void detectsGzipByContentNotName() throws IOException {
        Path gzipNamedJson = dir.resolve("gzip-inside.json");
        Files.write(gzipNamedJson, gzip(SINGLE.getBytes(StandardCharsets.UTF_8)));
        Path plainNamedGz = dir.resolve("plain-inside.json.gz");
        Files.writeString(plainNamedGz, SINGLE);
        Vector original = SampleVectors.read(SINGLE);
        SampleVectors.assertSameVector(original, VectorReader.read(gzipNamedJson));
        SampleVectors.assertSameVector(original, VectorReader.read(plainNamedGz));
    }

    @Test
    void readInputsAcceptsAFileWithoutOutputsOrName() throws IOException {
        String inputOnly = SINGLE.substring(0, SINGLE.indexOf(",\n \"output\"")) + "}";
        inputOnly = inputOnly.replace("\"name\":\"sample-n3\",\"family\":\"edge\",", "");
        Path file = dir.resolve("input.json");
        Files.writeString(file, inputOnly);
        InputFile inputs = VectorReader.readInputs(file);
        assertFalse(inputs.sequence());
        SampleVectors.assertSameInput(SampleVectors.read(SINGLE).epochs().getFirst().input(), inputs.epochs().getFirst());
        VectorFormatException strict = assertThrows(VectorFormatException.class, () -> VectorReader.read(file));
        assertEquals(file + ": field name: missing", strict.getMessage());
    }

    @Test
    void readInputsStillChecksWhatIsPresent() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, SampleVectors.replace(SINGLE, "\"consensus\":[4,5,6]", "\"consensus\":[4,5,-6]"));
        VectorFormatException e = assertThrows(VectorFormatException.class, () -> VectorReader.readInputs(file));
        assertEquals(file + ": field output.consensus, uid 2: value -6 is not a u16 (0..65535)", e.getMessage());
    }

    @Test
    void messageNamesThePathAsGiven() throws IOException {
        Path file = dir.resolve("bad.json.gz");
        Files.write(file, gzip(SampleVectors.replace(SINGLE, "[70,3]", "[70000,3]").getBytes(StandardCharsets.UTF_8)));
        VectorFormatException e = assertThrows(VectorFormatException.class, () -> VectorReader.read(file));
        assertEquals(file + ": field weights, uid 2: entry 0 has column 70000, expected a u16 (0..65535)", e.getMessage());
        assertEquals(file.toString(), e.file());
        assertEquals("weights", e.field());
        assertEquals(2, e.uid());
        assertEquals(-1, e.epoch());
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }

    private static SparseMatrix rows(int[] rowStart, int[] columns, long[] values) {
        return SparseMatrix.of("test", rowStart, columns, Arrays.copyOf(values, values.length));
    }
}
