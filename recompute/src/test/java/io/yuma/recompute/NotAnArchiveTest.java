package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged archive header stops the run with one line naming the file, even with bad records
 * skipped: a nonzero reserved field, and a flipped magic byte (which must not read as a vector
 * file with malformed JSON).
 */
class NotAnArchiveTest {
    @TempDir
    Path dir;

    private Path archive;

    @BeforeEach
    void writeArchive() throws IOException {
        archive = dir.resolve("history.yhist");
        Converter.convert(List.of(TestHistories.sequence("sequence-n8-e50-190003")), archive, 32, false, false);
    }

    private RecomputeOptions skipping(Path out) {
        return TestHistories.with(TestHistories.options(RecomputeMode.AUDIT, List.of(archive), out), 8, true, false);
    }

    @Test
    void aNonzeroReservedFieldIsRejectedEvenUnderAValidChecksum() throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ArchiveFormat.ORDER);
        header.putShort(ArchiveFormat.RESERVED_OFFSET, (short) 7);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, ArchiveFormat.HEADER_CRC_OFFSET);
        header.putInt(ArchiveFormat.HEADER_CRC_OFFSET, (int) crc.getValue());
        Files.write(archive, bytes);
        IOException rejected = assertThrows(IOException.class,
                () -> TestHistories.run(skipping(dir.resolve("out")), "reference"));
        assertEquals(archive + ": corrupt archive header (reserved field is 7, must be 0)", rejected.getMessage());
    }

    @Test
    void aFlippedMagicByteIsNeitherAnArchiveNorAVectorFile() throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        bytes[3] ^= 0x01;
        Files.write(archive, bytes);
        Path out = dir.resolve("out");
        IOException rejected = assertThrows(IOException.class, () -> TestHistories.run(skipping(out), "reference"));
        assertEquals(archive + ": not an archive nor a vector file (it starts neither with YUMAHIST nor as JSON "
                + "or gzip does)", rejected.getMessage());
        assertFalse(Files.exists(out.resolve(Outputs.SUMMARY)), "no run may complete over it");
    }

    @Test
    void aVectorFileGivenByAnyNameIsStillRead() throws IOException {
        Path renamed = dir.resolve("history.data");
        Files.copy(TestHistories.sequence("sequence-n8-e50-190003"), renamed);
        RecomputeSummary summary = TestHistories.run(TestHistories.options(RecomputeMode.AUDIT, List.of(renamed),
                dir.resolve("out")), "reference");
        assertEquals(50, summary.count("epochs"));
    }
}
