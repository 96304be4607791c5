package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.vector.VectorFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The bundled vectors and small helpers the recompute tests share. */
final class TestHistories {
    /** Surefire runs tests from the module directory. */
    static final Path VECTORS = Path.of("..", "vector-format", "vectors");

    private TestHistories() {
    }

    /** Every bundled sequence file, in name order. */
    static List<Path> sequences() throws IOException {
        return VectorFiles.find(List.of(VECTORS)).stream()
                .filter(file -> file.getFileName().toString().startsWith("sequence-")).toList();
    }

    /** Every bundled subnet-sequence file (subnets with mechanisms, consecutive epochs), in name order. */
    static List<Path> subnetSequences() throws IOException {
        return VectorFiles.find(List.of(VECTORS)).stream()
                .filter(file -> file.getFileName().toString().startsWith("subnet-sequence-")).toList();
    }

    /** One bundled sequence file by its name (without .json.gz). */
    static Path sequence(String name) {
        return VECTORS.resolve(name + ".json.gz");
    }

    /** A record of an archive with the byte offset of its frame. */
    record Located(long offset, HistoryRecord record) {
    }

    /** Every record of an archive, in order, with its byte offset. */
    static List<Located> records(Path archive) throws IOException {
        List<Located> records = new ArrayList<>();
        try (ArchiveSource source = ArchiveSource.open(archive)) {
            for (long offset = source.position(); ; offset = source.position()) {
                HistoryRecord record = source.next();
                if (record == null) {
                    return records;
                }
                records.add(new Located(offset, record));
            }
        }
    }

    /** Options for a run over {@code inputs} into {@code output}: both result formats, stop at bad records. */
    static RecomputeOptions options(RecomputeMode mode, List<Path> inputs, Path output) {
        return new RecomputeOptions(mode, inputs, output, true, true, false, Overrides.none(), 256, 32, false,
                RecomputeOptions.Existing.REFUSE, Duration.ZERO);
    }

    /** {@code options} with another chunk size and error policy, resuming or refusing earlier outputs. */
    static RecomputeOptions with(RecomputeOptions o, int chunk, boolean skipBad, boolean resume) {
        return new RecomputeOptions(o.mode(), o.inputs(), o.output(), o.csv(), o.jsonl(), o.bonds(), o.overrides(),
                chunk, o.interleave(), skipBad, resume ? RecomputeOptions.Existing.RESUME : RecomputeOptions.Existing.REFUSE,
                o.checkpointInterval());
    }

    /** Runs a recompute with the named engine and no progress output. */
    static RecomputeSummary run(RecomputeOptions options, String engine) throws IOException {
        try (YumaEngine opened = Engines.open(engine, EngineOptions.defaults())) {
            return Recompute.run(options, opened, new Progress(new PrintWriter(new StringWriter()),
                    Progress.Style.NONE));
        }
    }

    /** The names of the files in a directory, sorted. */
    static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** Asserts two directories hold the same files with the same bytes. */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names = fileNames(expected);
        assertEquals(names, fileNames(actual));
        List<String> different = new ArrayList<>();
        for (String name : names) {
            if (Files.mismatch(expected.resolve(name), actual.resolve(name)) != -1) {
                different.add(name);
            }
        }
        assertEquals(List.of(), different, "files that differ between " + expected + " and " + actual);
    }
}
