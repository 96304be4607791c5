package io.yuma.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vectors bundled in vector-format/vectors read, and survive a write/read round trip. */
class BundledVectorsTest {
    /** Surefire runs tests from the module directory. */
    static final Path VECTORS = Path.of("vectors");

    static List<Path> bundled() throws IOException {
        List<Path> files = VectorFiles.find(List.of(VECTORS));
        assertFalse(files.isEmpty(), "no vectors under " + VECTORS.toAbsolutePath());
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void readsAndRoundTrips(Path file) throws IOException {
        Vector vector = VectorReader.read(file);
        assertEquals(file.getFileName().toString().replaceFirst("\\.json(\\.gz)?$", ""), vector.name(),
                "FORMAT.md: the name is also the file name");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        VectorWriter.write(vector, written);
        Vector again = VectorReader.read(new ByteArrayInputStream(written.toByteArray()), "rewritten " + file);
        SampleVectors.assertSameVector(vector, again);
    }
}
