package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorFiles;
import io.yuma.vector.VectorReader;
import io.yuma.vector.VectorWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vector files to an archive and back, and an archive to vector files and back, lose nothing, for
 * single-mechanism and subnet epochs alike; a version 1 archive is still read.
 */
class ArchiveRoundTripTest {
    private static final RecordLocation TEST = new RecordLocation.WholeFile(Path.of("test"));

    @TempDir
    Path dir;

    @Test
    void everyBundledVectorSurvivesJsonToArchiveToJson() throws IOException {
        List<Path> originals = VectorFiles.find(List.of(TestHistories.VECTORS));
        Path archive = dir.resolve("all.yhist");
        Converter.Result toArchive = Converter.convert(List.of(TestHistories.VECTORS), archive, 32, false, false);
        assertEquals(List.of(), toArchive.skipped());
        Path back = dir.resolve("back");
        Converter.Result toJson = Converter.convert(List.of(archive), back, 32, false, false);
        assertEquals(toArchive.records(), toJson.records());
        assertEquals(originals.size(), toJson.files());
        for (Path original : originals) {
            Vector expected = withoutTraces(VectorReader.read(original));
            Vector actual = VectorReader.read(back.resolve(original.getFileName()));
            assertEquals(json(expected), json(actual), original.toString());
        }
    }

    @Test
    void anArchiveSurvivesArchiveToJsonToArchiveByteForByte() throws IOException {
        Path archive = dir.resolve("sequences.yhist");
        List<Path> both = new ArrayList<>(TestHistories.sequences());
        both.addAll(TestHistories.subnetSequences());
        Converter.convert(both, archive, 3, false, false);
        Path json = dir.resolve("json");
        Converter.convert(List.of(archive), json, 3, false, false);
        Path again = dir.resolve("again.yhist");
        Converter.convert(List.of(json), again, 3, false, false);
        assertEquals(-1, Files.mismatch(archive, again));
    }

    @Test
    void aRecordKeepsEveryValueThroughTheCodec() throws IOException {
        long max = -1L; // u64::MAX
        EpochInput input = EpochInput.builder().n(3).currentBlock(max).tempo(65535).activityCutoff(max - 1)
                .lastMechanismStepBlock(7).kappa(1).bondsPenalty(65535).bondsMovingAverage(900_000).liquidAlpha(true)
                .yuma3(true).alphaLow(2).alphaHigh(65000).alphaSigmoidSteepness(-32768).maxAllowedValidators(2)
                .stakeThreshold(max).ownerUid(-1).taoWeight(max).raoEmission(123).commitReveal(true)
                .alphaStake(new long[] {max, 0, 5}).taoStake(new long[] {1, 2, 3}).lastUpdate(new long[] {4, 5, 6})
                .blockAtRegistration(new long[] {7, 8, 9}).validatorPermit(new boolean[] {true, false, true})
                .commitBlock(new long[] {EpochInput.NO_COMMIT, 0, 1})
                // a row out of order, a column beyond n, a duplicate: stored as given
                .weights(SparseMatrix.ofU16("weights", new int[] {0, 3, 3, 4}, new int[] {2, 0, 65535, 1},
                        new long[] {65535, 1, 0, 7}))
                .bonds(SparseMatrix.empty(3)).build();
        EpochResult output = new EpochResult(new boolean[] {true, false, true}, new long[] {max, 1, 2},
                new int[] {65535, 0, 1}, new int[] {1, 2, 3}, new int[] {4, 5, 6}, new int[] {7, 8, 9},
                new int[] {10, 11, 12}, new boolean[] {false, true, false}, new long[] {max, 0, 0},
                new long[] {0, max, 0}, new long[] {1, 1, max},
                SparseMatrix.ofU16("bonds", new int[] {0, 1, 1, 2}, new int[] {1, 1}, new long[] {65535, 3}), null);
        HistoryRecord record = new HistoryRecord("netuid 3 / mech 0, \"é\"", "chain", max, true, true, input, output,
                TEST);
        HistoryRecord decoded = decode(record);
        assertEquals(record.subnet(), decoded.subnet());
        assertEquals(record.family(), decoded.family());
        assertEquals(record.epoch(), decoded.epoch());
        assertEquals(record.sequence(), decoded.sequence());
        assertEquals(record.last(), decoded.last());
        assertEquals(record.recorded(), decoded.recorded());
        assertArrayEquals(encode(record), encode(decoded));

        HistoryRecord inputOnly = new HistoryRecord("s", "", 0, false, false, input, null, TEST);
        assertNull(decode(inputOnly).recorded());
        assertArrayEquals(encode(inputOnly), encode(decode(inputOnly)));
    }

    @Test
    void aSubnetRecordKeepsEveryValueThroughTheCodecWithTheSplitsNullApartFromEmpty() throws IOException {
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            for (int[] split : new int[][] {null, {}, {65535, 0, 7, 9}}) {
                SubnetInput input = TestSubnets.threeMechanisms(split);
                SubnetResult output = engine.runSubnet(input);
                HistoryRecord record = new HistoryRecord("netuid 7", "subnet-sequence", 41, true, false, input,
                        output, TEST);
                HistoryRecord decoded = decode(record);
                assertTrue(decoded.isSubnet());
                assertEquals(record.subnet(), decoded.subnet());
                assertEquals(record.family(), decoded.family());
                assertEquals(record.epoch(), decoded.epoch());
                assertEquals(record.sequence(), decoded.sequence());
                assertEquals(record.last(), decoded.last());
                assertArrayEquals(split, decoded.subnetInput().emissionSplit());
                for (int m = 0; m < 3; m++) {
                    assertEquals(input.mechanism(m).weights(), decoded.subnetInput().mechanism(m).weights());
                    assertArrayEquals(input.mechanism(m).lastUpdates(), decoded.subnetInput().mechanism(m).lastUpdates());
                }
                assertNull(output.firstDifference(decoded.subnetRecorded()));
                assertArrayEquals(encode(record), encode(decoded));

                HistoryRecord inputOnly = new HistoryRecord("s", "", 0, false, true, input, null, TEST);
                assertNull(decode(inputOnly).subnetRecorded());
                assertArrayEquals(encode(inputOnly), encode(decode(inputOnly)));
            }
        }
    }

    @Test
    void aVersion1ArchiveIsReadAsBeforeAndDiffersFromTheCurrentVersionInItsHeaderAndEndOnly() throws Exception {
        // Written by the version 1 code from the two bundled sequence files below (yuma recompute
        // convert, interleave 32): single-mechanism bodies did not change in version 2.
        Path v1 = Path.of(getClass().getResource("history-v1.yhist").toURI());
        Path latest = dir.resolve("latest.yhist");
        Converter.convert(List.of(TestHistories.sequence("sequence-chaintest-yuma3-kappa-moves-first"),
                TestHistories.sequence("sequence-n8-e50-190003")), latest, 32, false, false);
        byte[] old = Files.readAllBytes(v1);
        byte[] current = Files.readAllBytes(latest);
        assertEquals(1, old[ArchiveFormat.VERSION_OFFSET]);
        assertEquals(ArchiveFormat.VERSION, current[ArchiveFormat.VERSION_OFFSET]);
        assertArrayEquals(java.util.Arrays.copyOfRange(current, ArchiveFormat.HEADER_BYTES,
                current.length - ArchiveFormat.END_BYTES),
                java.util.Arrays.copyOfRange(old, ArchiveFormat.HEADER_BYTES, old.length));

        RecomputeSummary replay = TestHistories.run(
                TestHistories.options(RecomputeMode.REPLAY, List.of(v1), dir.resolve("replay")), "reference");
        assertEquals(57, replay.count("compared"));
        assertEquals(0, replay.count("divergences"));
        Path json = dir.resolve("json");
        Converter.convert(List.of(v1), json, 32, false, false);
        Path again = dir.resolve("again.yhist");
        Converter.convert(List.of(json), again, 32, false, false);
        assertEquals(-1, Files.mismatch(latest, again));
    }

    private static byte[] encode(HistoryRecord record) {
        GrowableBuffer buffer = new GrowableBuffer(16);
        RecordCodec.encode(record, buffer);
        return java.util.Arrays.copyOf(buffer.array(), buffer.size());
    }

    private static HistoryRecord decode(HistoryRecord record) throws BadRecordException {
        return RecordCodec.decode(java.nio.ByteBuffer.wrap(encode(record)), TEST, ArchiveFormat.VERSION);
    }

    /** The vector as an archive keeps it: single-mechanism traces dropped (subnet epochs have none). */
    private static Vector withoutTraces(Vector vector) {
        if (vector.isSubnet()) {
            return vector;
        }
        List<VectorEpoch> epochs = new ArrayList<>();
        for (VectorEpoch epoch : vector.epochs()) {
            epochs.add(new VectorEpoch(epoch.input(), epoch.expected().withoutTrace()));
        }
        return new Vector(vector.name(), vector.family(), vector.sequence(), epochs);
    }

    private static String json(Vector vector) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VectorWriter.write(vector, bytes);
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
