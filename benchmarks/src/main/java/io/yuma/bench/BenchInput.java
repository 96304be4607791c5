package io.yuma.bench;

import io.yuma.api.EpochInput;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The benchmark inputs in {@code benchmarks/inputs/}, each one subnet's epoch input in FORMAT.md's
 * layout, with the chain's own time for it. They are read from the directory the system property
 * {@code yuma.bench.inputs} names (the {@code ./yuma} launcher sets it), else from the class path,
 * where the shaded JMH jar carries them.
 *
 * <p>The chain figures are read from {@code benchmarks/inputs/BASELINE.md}, the one place that
 * holds them: the subtensor chain's {@code epoch_mechanism} compiled natively, one thread, on a machine of
 * this project's kind, input conversion included, no storage reads.
 */
public enum BenchInput {
    /** n = 256, 64 validators, Yuma3 with liquid alpha. */
    N256_YUMA3_LIQUID(Ids.N256_YUMA3_LIQUID, 256, true),
    /** n = 256, 64 validators, original Yuma. */
    N256_YUMA1(Ids.N256_YUMA1, 256, false),
    /** n = 1024, 64 validators, Yuma3 with liquid alpha. */
    N1024_YUMA3_LIQUID(Ids.N1024_YUMA3_LIQUID, 1024, true),
    /** n = 4096, 256 validators, Yuma3 with liquid alpha. */
    N4096_YUMA3_LIQUID(Ids.N4096_YUMA3_LIQUID, 4096, true);

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

    private final String id;
    private final int n;
    private final boolean liquidAlpha;

    BenchInput(String id, int n, boolean liquidAlpha) {
        this.id = id;
        this.n = n;
        this.liquidAlpha = liquidAlpha;
    }

    /**
     * The input's name: its file name without {@code .json.gz}, as BASELINE.md lists it.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The liquid-alpha pairs the reference engine computes for this input (see {@link EnginePlan#liquidPairs}).
     *
     * @return n x n with liquid alpha, else 0
     */
    public long liquidPairs() {
        return liquidAlpha ? (long) n * n : 0;
    }

    /**
     * The chain's native time for one epoch of this input, in nanoseconds, from BASELINE.md.
     *
     * @return the chain's nanoseconds per epoch
     * @throws IllegalStateException when BASELINE.md cannot be found or does not list this input
     */
    public long chainNanos() {
        return Baseline.chainNanos(this);
    }

    /**
     * The input called {@code id}.
     *
     * @param id an input's id
     * @return that input
     * @throws IllegalArgumentException for a name that is not bundled, listing those that are
     */
    public static BenchInput byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown benchmark input '" + id
                + "'; bundled: " + Arrays.stream(values()).map(BenchInput::id).collect(Collectors.joining(", "))));
    }

    /**
     * The bundled input a file holds, judged by its name ({@code ID.json.gz} or {@code ID.json}).
     *
     * @param file a file, anywhere
     * @return the input of that name, or empty
     */
    public static Optional<BenchInput> forFile(Path file) {
        return find(file.getFileName().toString().replaceFirst("\\.json(\\.gz)?$", ""));
    }

    /** The input called {@code id}, or empty. */
    static Optional<BenchInput> find(String id) {
        return Arrays.stream(values()).filter(input -> input.id.equals(id)).findFirst();
    }

    /**
     * The epoch inputs {@code idOrFile} names: a bundled input's id, or else a file in FORMAT.md's
     * layout (its outputs may be absent; a sequence file gives all its epochs).
     *
     * @param idOrFile a bundled input's id or a file's path
     * @return the epoch inputs, one for a bundled input
     * @throws IOException when the file cannot be read
     * @throws io.yuma.vector.VectorFormatException when its content is not valid
     */
    public static List<EpochInput> resolve(String idOrFile) throws IOException {
        Optional<BenchInput> bundled = find(idOrFile);
        return bundled.isPresent() ? List.of(bundled.get().load()) : VectorReader.readInputs(Path.of(idOrFile)).epochs();
    }

    /**
     * Reads the input from {@code benchmarks/inputs/} (see the class comment).
     *
     * @return the input's one epoch
     * @throws IllegalStateException when the input cannot be found (the message names the system property
     *     {@code yuma.bench.inputs} and the directory looked in) or holds other than one epoch
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public EpochInput load() {
        return BenchFiles.read(id + ".json.gz", BenchInput::single);
    }

    private static EpochInput single(Path file) throws IOException {
        List<EpochInput> epochs = VectorReader.readInputs(file).epochs();
        if (epochs.size() != 1) {
            throw new IllegalStateException(file + ": a benchmark input holds one epoch, found " + epochs.size());
        }
        return epochs.get(0);
    }
}
