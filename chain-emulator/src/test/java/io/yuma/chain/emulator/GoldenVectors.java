package io.yuma.chain.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The golden vectors of vector-format, found from the module's folder. */
final class GoldenVectors {
    static final Path FOLDER = Path.of("..", "vector-format", "vectors");

    private GoldenVectors() {
    }

    /** {@return every vector file, by name} */
    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json.gz")).sorted().toList();
        }
    }

    /** {@return the first vector file, by name, whose name starts with {@code prefix}} */
    static Path first(String prefix) throws IOException {
        return all().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no vector named " + prefix + "* in " + FOLDER));
    }
}
