package io.yuma.testkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.yuma.vector.VectorFormatException;
import io.yuma.vector.VectorReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vector reader over any bytes, plain or gzip, in both of its modes: a whole vector
 * ({@code VectorReader.read}, every family) and the inputs of a file to run
 * ({@code VectorReader.readInputs}, outputs optional). Its corpus holds cut-down files of every
 * family and the known bad cases; FUZZING.md says how to fuzz it.
 */
class VectorReaderFuzzTest {
    private static final String STREAM = "fuzzed.json";
    private static final DecoderContract READ = new DecoderContract(STREAM, List.of(VectorFormatException.class));
    @TempDir
    static Path directory;
    private static Path file;
    private static DecoderContract readInputs;

    @BeforeAll
    static void nameTheFile() {
        file = directory.resolve("fuzzed-inputs.json");
        readInputs = new DecoderContract(file.toString(), List.of(VectorFormatException.class));
    }

    @FuzzTest
    void readsOrRefusesWithOneLine(byte[] data) throws IOException {
        READ.check(data, () -> VectorReader.read(new ByteArrayInputStream(data), STREAM));
        Files.write(file, data);
        readInputs.check(data, () -> VectorReader.readInputs(file));
    }
}
