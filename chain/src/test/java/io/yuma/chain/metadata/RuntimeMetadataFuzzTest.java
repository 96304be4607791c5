package io.yuma.chain.metadata;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.yuma.testkit.fuzz.DecoderContract;
import java.util.List;

/**
 * Runtime metadata as {@code state_getMetadata} answers it, over any bytes: the magic, the
 * version, the type registry, the pallets and their storage entries (V14 and V15). A node's answer
 * is untrusted input, so every failure must be a {@link MetadataException} naming the runtime
 * metadata. The corpus holds a small valid V14 metadata (the one the node emulator serves) and
 * cut, re-versioned and over-long variants; FUZZING.md says how to fuzz it.
 */
class RuntimeMetadataFuzzTest {
    private static final DecoderContract CONTRACT = new DecoderContract("runtime metadata",
            List.of(MetadataException.class));

    @FuzzTest
    void parsesOrRefusesWithOneLine(byte[] data) {
        CONTRACT.check(data, () -> RuntimeMetadata.parse(data));
    }
}
