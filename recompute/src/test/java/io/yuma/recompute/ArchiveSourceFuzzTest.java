package io.yuma.recompute;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.yuma.testkit.fuzz.DecoderContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive reader over any file: its header, frames, sync-marker recovery, end-of-archive
 * record and the records' decoding. The input's first byte chooses whether the checksums are
 * repaired first ({@link ChecksumRepair}: odd) or left as they are (even), so that both the
 * checksum checks and what lies behind them are fuzzed; the rest is the archive. A header error
 * stops the reader (a plain {@link IOException} naming the file); a bad record is reported and
 * reading goes on, until the end. FUZZING.md says how to fuzz it.
 */
class ArchiveSourceFuzzTest {
    @TempDir
    static Path directory;
    private static Path file;
    private static DecoderContract contract;

    @BeforeAll
    static void nameTheFile() {
        file = directory.resolve("fuzzed.yhist");
        contract = new DecoderContract(file.toString(), List.of(IOException.class, BadRecordException.class));
    }

    @FuzzTest
    void readsOrRefusesWithOneLine(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        byte[] archive = Arrays.copyOfRange(data, 1, data.length);
        if ((data[0] & 1) != 0) {
            ChecksumRepair.repair(archive);
        }
        Files.write(file, archive);
        contract.check(archive, () -> readAll(archive));
    }

    /**
     * Reads every record; each bad record must be a one-line error, and each call must move on, so
     * that a file cannot take more calls than it has bytes.
     */
    private static void readAll(byte[] archive) throws IOException {
        long size = archive.length;
        try (ArchiveSource source = ArchiveSource.open(file)) {
            for (long calls = 0; calls <= size + 1; calls++) {
                try {
                    if (source.next() == null) {
                        return;
                    }
                } catch (BadRecordException e) {
                    contract.checkError(archive, e);
                }
            }
            throw new AssertionError("the reader did not reach the end of " + size + " bytes in " + (size + 2) + " calls");
        }
    }
}
