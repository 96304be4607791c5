package io.yuma.recompute;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.yuma.testkit.fuzz.DecoderContract;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * A record's body decoded directly, behind the frame's checksum that guards it in an archive, as
 * every readable archive version reads it: a single mechanism's epoch or a subnet's, its
 * recorded output, every field's type and length. FUZZING.md says how to fuzz it.
 */
class RecordCodecFuzzTest {
    private static final RecordLocation LOCATION = new RecordLocation.ArchiveRecord(Path.of("fuzzed.yhist"),
            ArchiveFormat.HEADER_BYTES);
    private static final DecoderContract CONTRACT = new DecoderContract(LOCATION.toString(),
            List.of(BadRecordException.class));

    @FuzzTest
    void decodesOrRefusesWithOneLine(byte[] body) {
        for (int version = ArchiveFormat.OLDEST_READABLE_VERSION; version <= ArchiveFormat.VERSION; version++) {
            int readAs = version;
            CONTRACT.check(body, () -> RecordCodec.decode(ByteBuffer.wrap(body), LOCATION, readAs));
        }
    }
}
