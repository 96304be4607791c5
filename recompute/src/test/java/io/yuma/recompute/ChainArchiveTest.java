package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.SubnetInput;
import io.yuma.api.YumaEngine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive format version 4: chain origins survive the codec and an archive, records without one
 * are laid out as in version 3, versions 1 to 3 are still read, and a CHAIN flag before version 4
 * or an unknown-input bit this code does not know is a bad record.
 */
class ChainArchiveTest {
    private static final RecordLocation HERE = new RecordLocation.ArchiveRecord(Path.of("h.yhist"), 16);

    @TempDir
    Path dir;

    /** Every single unknown input, all of them, none; both rule states. */
    private static List<ChainOrigin> origins() {
        List<ChainOrigin> origins = new ArrayList<>();
        int seed = 0;
        for (UnknownInput input : UnknownInput.values()) {
            origins.add(new ChainOrigin(seed, 4_000_000L + seed, ChainOriginTest.hash(seed), 425, Set.of(input), true));
            seed++;
        }
        origins.add(new ChainOrigin(65535, -1L, ChainOriginTest.hash(99), Integer.MAX_VALUE,
                EnumSet.allOf(UnknownInput.class), false));
        origins.add(new ChainOrigin(0, 0, ChainOriginTest.hash(100), 0, Set.of(), false));
        origins.add(new ChainOrigin(7, 5_000_000, ChainOriginTest.hash(101), 423, Set.of(), true));
        return origins;
    }

    /** Records of both kinds, with and without outputs, every flag combination, each with every origin. */
    private static List<HistoryRecord> records() throws IOException {
        List<HistoryRecord> plain = new ArrayList<>();
        List<HistoryRecord> sequence = TestHistories.records(v3()).stream().map(TestHistories.Located::record).toList();
        HistoryRecord subnet = sequence.get(3);
        plain.add(subnet);
        plain.add(subnet.placedIn("netuid 9", "chain", 12, false, true, false));
        SubnetInput three = TestSubnets.threeMechanisms(new int[] {1, 2, 3});
        plain.add(new HistoryRecord("netuid 3", "", 0, false, false, three.mechanism(0), null, HERE));
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            plain.add(new HistoryRecord("netuid 3", "chain", 1, true, true, three.mechanism(1),
                    engine.run(three.mechanism(1)), HERE));
        }
        List<HistoryRecord> records = new ArrayList<>();
        for (ChainOrigin origin : origins()) {
            for (HistoryRecord record : plain) {
                records.add(record.withOrigin(origin));
            }
        }
        return records;
    }

    static Path v3() throws IOException {
        try {
            return Path.of(ChainArchiveTest.class.getResource("history-v3.yhist").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    @Test
    void everyOriginSurvivesTheCodecAndAnArchive() throws IOException {
        List<HistoryRecord> records = records();
        for (HistoryRecord record : records) {
            byte[] body = body(record);
            HistoryRecord decoded = RecordCodec.decode(ByteBuffer.wrap(body), HERE, ArchiveFormat.VERSION);
            assertEquals(record.origin(), decoded.origin());
            assertEquals(record.last(), decoded.last());
            assertEquals(record.sequence(), decoded.sequence());
            assertEquals(record.hasRecorded(), decoded.hasRecorded());
            assertArrayEquals(body, body(decoded));
            // The origin is the body's last 51 bytes; without it the body is version 3's.
            byte[] without = body(record.withOrigin(null));
            assertEquals(without.length + 51, body.length);
            assertEquals((byte) (without[0] | ArchiveFormat.CHAIN), body[0]);
            assertArrayEquals(Arrays.copyOfRange(without, 1, without.length),
                    Arrays.copyOfRange(body, 1, without.length));
        }

        Path archive = dir.resolve("chain.yhist");
        try (ArchiveWriter writer = ArchiveWriter.create(archive)) {
            for (HistoryRecord record : records) {
                writer.write(record);
            }
            writer.commit();
        }
        assertEquals(4, Files.readAllBytes(archive)[ArchiveFormat.VERSION_OFFSET]);
        List<TestHistories.Located> read = TestHistories.records(archive);
        assertEquals(records.size(), read.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i).origin(), read.get(i).record().origin());
        }
    }

    @Test
    void aRecordWithoutOriginHasNone() throws IOException {
        HistoryRecord record = TestHistories.records(v3()).getFirst().record();
        assertNull(record.origin());
        assertNull(RecordCodec.decode(ByteBuffer.wrap(body(record)), HERE, ArchiveFormat.VERSION).origin());
    }

    @Test
    void versions1To3AreStillReadAndOnlyVersions1And2Warn() throws Exception {
        Path v3 = v3();
        List<TestHistories.Located> records = TestHistories.records(v3);
        assertEquals(16, records.size());
        assertTrue(records.stream().allMatch(r -> r.record().isSubnet() && r.record().origin() == null));
        try (Histories histories = Histories.open(List.of(v3), 32)) {
            assertEquals(List.of(), histories.warnings());
        }
        RecomputeSummary audit = TestHistories.run(
                TestHistories.options(RecomputeMode.AUDIT, List.of(v3), dir.resolve("audit")), "reference");
        assertEquals(16, audit.count("compared"));
        assertEquals(0, audit.count("divergences"));

        // Version 2 is version 3 without the end-of-archive record.
        byte[] bytes = Files.readAllBytes(v3);
        byte[] v2 = Arrays.copyOf(bytes, bytes.length - ArchiveFormat.END_BYTES);
        v2[ArchiveFormat.VERSION_OFFSET] = 2;
        Path v2File = dir.resolve("v2.yhist");
        Files.write(v2File, withHeaderChecksum(v2));
        assertEquals(16, TestHistories.records(v2File).size());
        try (Histories histories = Histories.open(List.of(v2File), 32)) {
            assertEquals(List.of(v2File + ": archive format version 2 has no end-of-archive record, so its "
                    + "completeness cannot be proven"), histories.warnings());
        }

        Path v1 = Path.of(ArchiveRoundTripTest.class.getResource("history-v1.yhist").toURI());
        assertEquals(57, TestHistories.records(v1).size());
    }

    @Test
    void aChainFlagBeforeVersion4IsABadRecord() throws IOException {
        HistoryRecord record = records().getFirst();
        byte[] body = body(record);
        BadRecordException bad = assertThrows(BadRecordException.class,
                () -> RecordCodec.decode(ByteBuffer.wrap(body), HERE, 3));
        assertEquals("h.yhist: record at byte 16: flags 29 has bits version 3 does not know (known: 15)",
                bad.getMessage());

        // The same in a whole archive whose header says version 3.
        Path archive = dir.resolve("chain.yhist");
        try (ArchiveWriter writer = ArchiveWriter.create(archive)) {
            writer.write(record);
            writer.commit();
        }
        byte[] bytes = Files.readAllBytes(archive);
        bytes[ArchiveFormat.VERSION_OFFSET] = 3;
        Files.write(archive, withHeaderChecksum(bytes));
        try (ArchiveSource source = ArchiveSource.open(archive)) {
            BadRecordException inArchive = assertThrows(BadRecordException.class, source::next);
            assertEquals(archive + ": record at byte 16: flags 29 has bits version 3 does not know (known: 15)",
                    inArchive.getMessage());
        }
    }

    @Test
    void anOriginWithAValueOutsideItsTypeIsABadRecord() throws IOException {
        HistoryRecord record = records().getFirst();
        byte[] body = body(record);
        int maskAt = body.length - 5;
        String where = "h.yhist: record at byte 16: subnet " + record.subnet() + ", epoch " + record.epoch() + ": ";

        byte[] unknownBit = body.clone();
        unknownBit[maskAt] = 0x41;
        assertEquals(where + "field origin.unknown_inputs: mask 0x41 has bits this yuma does not know (known: 0x3f)",
                decodeError(unknownBit));
        byte[] highBit = body.clone();
        highBit[maskAt + 3] = (byte) 0x80;
        assertEquals(where + "field origin.unknown_inputs: mask 0x80000001 has bits this yuma does not know "
                + "(known: 0x3f)", decodeError(highBit));
        byte[] rules = body.clone();
        rules[body.length - 1] = 2;
        assertEquals(where + "field origin.rules_implemented: value 2 is not a boolean (0 or 1)", decodeError(rules));
        byte[] spec = body.clone();
        spec[maskAt - 1] = (byte) 0x80;
        assertTrue(decodeError(spec).startsWith(where + "field origin.spec_version: value "), decodeError(spec));
        byte[] cut = Arrays.copyOf(body, body.length - 2);
        assertEquals(where + "the body ends early, inside field origin.unknown_inputs", decodeError(cut));
    }

    private static String decodeError(byte[] body) {
        return assertThrows(BadRecordException.class,
                () -> RecordCodec.decode(ByteBuffer.wrap(body), HERE, ArchiveFormat.VERSION)).getMessage();
    }

    private static byte[] body(HistoryRecord record) {
        GrowableBuffer buffer = new GrowableBuffer(256);
        RecordCodec.encode(record, buffer);
        return Arrays.copyOf(buffer.array(), buffer.size());
    }

    private static byte[] withHeaderChecksum(byte[] archive) {
        CRC32C crc = new CRC32C();
        crc.update(archive, 0, ArchiveFormat.HEADER_CRC_OFFSET);
        ByteBuffer.wrap(archive).order(ArchiveFormat.ORDER).putInt(ArchiveFormat.HEADER_CRC_OFFSET,
                (int) crc.getValue());
        return archive;
    }
}
