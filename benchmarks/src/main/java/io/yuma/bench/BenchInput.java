package io.yuma.bench;

import io.yuma.api.EpochInput;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The benchmark inputs bundled in {@code benchmarks/inputs/} (carried in this module's jar), each
 * one subnet's epoch input in FORMAT.md's layout, with the chain's own time for it.
 *
 * <p>The chain figures are copied from {@code benchmarks/inputs/BASELINE.md}: the subtensor
 * chain's {@code epoch_mechanism} compiled natively (rustc 1.95, opt-level 3, one thread) on
 * 2 cores of an AMD EPYC, mean over a 5-second loop of whole epochs, input conversion included,
 * no storage reads. This is the one place in the code that holds them.
 */
public enum BenchInput {
    /** n = 256, 64 validators, Yuma3 with liquid alpha. */
    N256_YUMA3_LIQUID(Ids.N256_YUMA3_LIQUID, 256, true, 23_400_000L),
    /** n = 256, 64 validators, original Yuma. */
    N256_YUMA1(Ids.N256_YUMA1, 256, false, 2_390_000L),
    /** n = 1024, 64 validators, Yuma3 with liquid alpha. */
    N1024_YUMA3_LIQUID(Ids.N1024_YUMA3_LIQUID, 1024, true, 334_000_000L),
    /** n = 4096, 256 validators, Yuma3 with liquid alpha. */
    N4096_YUMA3_LIQUID(Ids.N4096_YUMA3_LIQUID, 4096, true, 6_700_000_000L);

    /** The ids as constants, for annotations (JMH's {@code @Param}) that cannot call {@link #id()}. */
    public static final class Ids {
        /** {@link #N256_YUMA3_LIQUID}'s id. */
        public static final String N256_YUMA3_LIQUID = "bench-n256-v64-yuma3-liquid";
        /** {@link #N256_YUMA1}'s id. */
        public static final String N256_YUMA1 = "bench-n256-v64-yuma1";
        /** {@link #N1024_YUMA3_LIQUID}'s id. */
        public static final String N1024_YUMA3_LIQUID = "bench-n1024-v64-yuma3-liquid";
        /** {@link #N4096_YUMA3_LIQUID}'s id. */
        public static final String N4096_YUMA3_LIQUID = "bench-n4096-v256-yuma3-liquid";

        private Ids() {
        }
    }

    private static final String RESOURCE_DIR = "/io/yuma/bench/inputs/";

    private final String id;
    private final int n;
    private final boolean liquidAlpha;
    private final long chainNanos;

    BenchInput(String id, int n, boolean liquidAlpha, long chainNanos) {
        this.id = id;
        this.n = n;
        this.liquidAlpha = liquidAlpha;
        this.chainNanos = chainNanos;
    }

    /** The input's name: its file name without {@code .json.gz}, as BASELINE.md lists it. */
    public String id() {
        return id;
    }

    /** The liquid-alpha pairs the reference engine computes for this input (see {@link EnginePlan#liquidPairs}). */
    public long liquidPairs() {
        return liquidAlpha ? (long) n * n : 0;
    }

    /** The chain's native time for one epoch of this input, in nanoseconds (BASELINE.md). */
    public long chainNanos() {
        return chainNanos;
    }

    /**
     * The input called {@code id}.
     *
     * @throws IllegalArgumentException for a name that is not bundled, listing those that are
     */
    public static BenchInput byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown benchmark input '" + id
                + "'; bundled: " + Arrays.stream(values()).map(BenchInput::id).collect(Collectors.joining(", "))));
    }

    /** The bundled input a file holds, judged by its name ({@code ID.json.gz} or {@code ID.json}). */
    public static Optional<BenchInput> forFile(Path file) {
        return find(file.getFileName().toString().replaceFirst("\\.json(\\.gz)?$", ""));
    }

    private static Optional<BenchInput> find(String id) {
        return Arrays.stream(values()).filter(input -> input.id.equals(id)).findFirst();
    }

    /**
     * The epoch inputs {@code idOrFile} names: a bundled input's id, or else a file in FORMAT.md's
     * layout (its outputs may be absent; a sequence file gives all its epochs).
     *
     * @throws IOException when the file cannot be read
     * @throws io.yuma.vector.VectorFormatException when its content is not valid
     */
    public static List<EpochInput> resolve(String idOrFile) throws IOException {
        Optional<BenchInput> bundled = find(idOrFile);
        return bundled.isPresent() ? List.of(bundled.get().load()) : VectorReader.readInputs(Path.of(idOrFile)).epochs();
    }

    /** Reads the input from this module's jar (or classes directory). */
    public EpochInput load() {
        return load(this);
    }

    // Synchronized because a jar is opened as a zip file system, and two of those on one jar
    // cannot be open at once (JMH threads may set up their states concurrently).
    private static synchronized EpochInput load(BenchInput input) {
        String resource = RESOURCE_DIR + input.id + ".json.gz";
        URL url = BenchInput.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("benchmark input " + resource + " is missing from the class path; "
                    + "it is bundled from benchmarks/inputs/ when the benchmarks module is built");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return single(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return single(jar.provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark input " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource address " + url, e);
        }
    }

    private static EpochInput single(Path file) throws IOException {
        List<EpochInput> epochs = VectorReader.readInputs(file).epochs();
        if (epochs.size() != 1) {
            throw new IllegalStateException(file + ": a benchmark input holds one epoch, found " + epochs.size());
        }
        return epochs.get(0);
    }
}
