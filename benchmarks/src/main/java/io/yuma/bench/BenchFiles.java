package io.yuma.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the files of {@code benchmarks/inputs/} (the benchmark inputs and BASELINE.md) from where
 * they are: the directory the system property {@value #PROPERTY} names (the {@code ./yuma}
 * launcher sets it to the checkout's {@code benchmarks/inputs}), else the class path under
 * {@code io/yuma/bench/inputs/}, where the shaded JMH jar ({@code benchmarks/target/benchmarks.jar})
 * carries them. The module's own jar does not carry them: the CLI, which depends on it, stays
 * free of 12 MB of inputs it reads from the checkout.
 */
final class BenchFiles {
    /** The system property naming the directory that holds the inputs and BASELINE.md. */
    static final String PROPERTY = "yuma.bench.inputs";
    private static final String RESOURCE_DIR = "/io/yuma/bench/inputs/";

    /** Reads one file. */
    @FunctionalInterface
    interface Reader<T> {
        /**
         * Reads the file.
         *
         * @param file the file, on the default file system or inside a jar
         * @return what was read
         * @throws IOException when it cannot be read
         */
        T read(Path file) throws IOException;
    }

    private BenchFiles() {
    }

    /**
     * Reads the file called {@code name} with {@code reader}. Synchronized because a jar is
     * opened as a zip file system, and two of those on one jar cannot be open at once (JMH
     * threads may set up their states concurrently).
     *
     * @throws IllegalStateException when the file is in neither place, naming the property and
     *     the directory looked in
     * @throws UncheckedIOException when it is there but cannot be read
     */
    static synchronized <T> T read(String name, Reader<T> reader) {
        try {
            String directory = System.getProperty(PROPERTY);
            if (directory != null) {
                Path file = Path.of(directory, name);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("benchmark file " + name + " is not in " + directory
                            + " (the directory the system property " + PROPERTY + " names; the inputs are in "
                            + "benchmarks/inputs of a yuma checkout)");
                }
                return reader.read(file);
            }
            URL url = BenchFiles.class.getResource(RESOURCE_DIR + name);
            if (url == null) {
                throw new IllegalStateException("benchmark file " + name + " not found: set the system property "
                        + PROPERTY + " to the benchmarks/inputs directory of a yuma checkout (./yuma does), or run "
                        + "the shaded jar benchmarks/target/benchmarks.jar, which carries the inputs");
            }
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return reader.read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return reader.read(jar.provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark file " + name + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource address for " + name, e);
        }
    }
}
