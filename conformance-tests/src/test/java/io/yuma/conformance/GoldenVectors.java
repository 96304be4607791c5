package io.yuma.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.yuma.vector.VectorFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The golden vectors the vector-format module bundles, found from this module's directory. */
final class GoldenVectors {
    /** Surefire runs tests from the module directory; the vectors live beside it. */
    static final Path DIRECTORY = Path.of("..", "vector-format", "vectors");

    private GoldenVectors() {}

    static List<Path> bundled() throws IOException {
        List<Path> files = VectorFiles.find(List.of(DIRECTORY));
        assertFalse(files.isEmpty(), "no vectors under " + DIRECTORY.toAbsolutePath());
        return files;
    }
}
