package io.yuma.chain.scale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.yuma.chain.metadata.RuntimeMetadata;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.testkit.fuzz.DecoderContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * SCALE values decoded by a runtime's type registry, over any bytes: the first byte chooses one
 * of the storage items of a small real-shaped runtime (the metadata the node emulator serves:
 * weights and bonds rows, vectors of u64 and bool, accounts, tuples, options, newtypes), the rest
 * is decoded as that item's value, to the last byte. A storage value is untrusted input, so every
 * failure must be a {@link ScaleException} naming the type it was decoding. FUZZING.md says how
 * to fuzz it.
 */
class ValueDecoderFuzzTest {
    private static final String METADATA = "/io/yuma/chain/metadata/RuntimeMetadataFuzzTestInputs/"
            + "parsesOrRefusesWithOneLine/valid-v14-emulator.bin";
    private static final RuntimeMetadata RUNTIME = RuntimeMetadata.parse(resource(METADATA));
    private static final List<StorageEntry> ENTRIES = RUNTIME.pallets().stream()
            .flatMap(pallet -> pallet.storage().stream()).toList();
    private static final ValueDecoder DECODER = new ValueDecoder(RUNTIME.types());

    @FuzzTest
    void decodesOrRefusesWithOneLine(byte[] data) {
        if (data.length == 0) {
            return;
        }
        StorageEntry entry = ENTRIES.get(Byte.toUnsignedInt(data[0]) % ENTRIES.size());
        byte[] value = Arrays.copyOfRange(data, 1, data.length);
        DecoderContract contract = new DecoderContract(RUNTIME.types().describe(entry.valueType()),
                List.of(ScaleException.class));
        contract.check(data, () -> DECODER.decode(entry.valueType(), value));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ValueDecoderFuzzTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
