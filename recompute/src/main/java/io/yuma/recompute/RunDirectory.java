package io.yuma.recompute;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The output directory of a run: what an earlier run left there, the replay state files, and the
 * summary written last.
 */
final class RunDirectory {
    private static final List<String> FILES = List.of(Outputs.RESULTS_CSV, Outputs.RESULTS_JSONL,
            Outputs.MECHANISMS_CSV, Outputs.MECHANISMS_JSONL, Outputs.CHAIN_CSV, Outputs.DIVERGENCES, Outputs.ISSUES,
            Outputs.SUMMARY, Journal.NAME);

    private final Path directory;

    RunDirectory(Path directory) {
        this.directory = directory;
    }

    /** The directory. */
    Path path() {
        return directory;
    }

    /** Whether a completed run left its summary and no journal: there is nothing to resume. */
    boolean complete() {
        return !Files.exists(directory.resolve(Journal.NAME)) && Files.exists(directory.resolve(Outputs.SUMMARY));
    }

    /**
     * Makes sure the directory holds nothing of an earlier run: deletes it when {@code replace},
     * refuses otherwise.
     *
     * @throws OutputExistsException naming what is there
     */
    void clear(boolean replace) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String name : FILES) {
            Path file = directory.resolve(name);
            for (Path candidate : List.of(file, PartialFile.partialOf(file))) {
                if (Files.exists(candidate)) {
                    found.add(candidate);
                }
            }
        }
        found.addAll(stateFiles());
        if (found.isEmpty()) {
            return;
        }
        if (!replace) {
            throw Files.exists(directory.resolve(Journal.NAME))
                    ? new OutputExistsException(OutputExistsException.Kind.INTERRUPTED_RUN, directory,
                            directory.resolve(Journal.NAME))
                    : new OutputExistsException(OutputExistsException.Kind.RUN_OUTPUTS, directory, found.getFirst());
        }
        for (Path file : found) {
            Files.deleteIfExists(file);
        }
    }

    /** The first skipped records listed in the completed issues.csv. */
    List<RecomputeSummary.Skipped> skippedRecords() throws IOException {
        List<RecomputeSummary.Skipped> skipped = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(directory.resolve(Outputs.ISSUES))) {
            lines.readLine(); // the header
            for (String line = lines.readLine(); line != null && skipped.size() < RecomputeSummary.LISTED;
                    line = lines.readLine()) {
                List<String> fields = Csv.split(line);
                if (fields.getFirst().equals("skipped")) {
                    skipped.add(new RecomputeSummary.Skipped(fields.get(1), fields.get(4)));
                }
            }
        }
        return skipped;
    }

    /** Writes summary.json, through a partial file like every output. */
    void writeSummary(RecomputeSummary summary) throws IOException {
        PartialFile file = PartialFile.create(directory.resolve(Outputs.SUMMARY));
        file.write(summary.toJson().getBytes(StandardCharsets.UTF_8));
        file.commit();
    }

    /** Deletes the replay state files: the run is complete. */
    void deleteStateFiles() throws IOException {
        for (Path file : stateFiles()) {
            Files.deleteIfExists(file);
        }
    }

    private List<Path> stateFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> StateFile.isStateFileName(entry.getFileName().toString()))) {
            entries.forEach(files::add);
        }
        return files;
    }
}
