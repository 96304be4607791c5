package io.yuma.recompute;

import io.yuma.vector.VectorFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts histories between vector files (FORMAT.md JSON) and archives ({@link ArchiveFormat}),
 * in either direction: the output is an archive when its name ends in {@code .yhist}, else a
 * directory of {@code .json.gz} files. Records keep their order (vector files are interleaved
 * as a recompute reads them, see {@link JsonSource}), subnet, family, epoch number and flags.
 * Traces are not carried: an archive holds inputs and outputs only. Nor are chain origins to
 * vector files, which have no place for them: they are dropped and counted, and a chain record
 * that is not exact (rules not implemented, inputs unknown) is refused.
 */
public final class Converter {
    private Converter() {
    }

    /**
     * What a conversion did.
     *
     * @param records records converted
     * @param files files written (1 for an archive)
     * @param skipped bad records left out, each as {@code location: reason}
     * @param originsDropped chain records written to vector files without their {@link ChainOrigin},
     *     which a vector file cannot hold (0 for an archive, which keeps them)
     */
    public record Result(long records, long files, List<String> skipped, long originsDropped) {
        /**
         * A conversion that dropped no chain origin.
         *
         * @param records records converted
         * @param files files written
         * @param skipped bad records left out
         */
        public Result(long records, long files, List<String> skipped) {
            this(records, files, skipped, 0);
        }
    }

    /**
     * Converts {@code inputs} to {@code output}.
     *
     * @param inputs archives, vector files and directories of vector files, read in this order
     * @param output an archive (its name ends in {@code .yhist}) or a directory for vector files
     * @param interleave how many vector files are read together, at least 1
     * @param skipBad true to leave bad records out (listed in the result), false to stop at the first
     * @param replace true to replace an existing archive or vector files in the output directory
     * @return what was converted
     * @throws InvalidOptionException when {@code interleave} is below 1
     * @throws OutputExistsException when the output exists and {@code replace} is false
     * @throws BadRecordException for the first bad record when not skipping them
     * @throws IOException when an input cannot be read or the output written, or a chain record
     *     that is not exact is converted to vector files
     */
    public static Result convert(List<Path> inputs, Path output, int interleave, boolean skipBad, boolean replace)
            throws IOException {
        if (interleave < 1) {
            throw new InvalidOptionException(InvalidOptionException.Option.INTERLEAVE,
                    "must be at least 1, was " + interleave, null);
        }
        boolean toArchive = output.getFileName().toString().endsWith(ArchiveFormat.EXTENSION);
        checkOutput(output, toArchive, replace);
        List<String> skipped = new ArrayList<>();
        long records = 0;
        try (Histories histories = Histories.open(inputs, interleave)) {
            if (toArchive) {
                try (ArchiveWriter archive = ArchiveWriter.create(output)) {
                    for (HistoryRecord record = next(histories, skipBad, skipped); record != null;
                            record = next(histories, skipBad, skipped)) {
                        archive.write(record);
                        records++;
                    }
                    archive.commit();
                }
                return new Result(records, 1, skipped);
            }
            Files.createDirectories(output);
            JsonHistoryWriter vectors = new JsonHistoryWriter(output);
            for (HistoryRecord record = next(histories, skipBad, skipped); record != null;
                    record = next(histories, skipBad, skipped)) {
                vectors.add(record);
                records++;
            }
            vectors.finish();
            return new Result(records, vectors.files(), skipped, vectors.originsDropped());
        }
    }

    /** The next good record, skipping (and listing) bad ones when asked to. */
    private static HistoryRecord next(Histories histories, boolean skipBad, List<String> skipped) throws IOException {
        while (true) {
            try {
                return histories.next();
            } catch (BadRecordException bad) {
                if (!skipBad) {
                    throw bad;
                }
                skipped.add(bad.getMessage());
            }
        }
    }

    private static void checkOutput(Path output, boolean toArchive, boolean replace) throws IOException {
        if (!toArchive && Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException(output + " is a file: JSON output goes to a directory (an archive's name ends in "
                    + ArchiveFormat.EXTENSION + ")");
        }
        if (replace) {
            return;
        }
        if (toArchive && Files.exists(output)) {
            throw new OutputExistsException(OutputExistsException.Kind.ARCHIVE, output, output);
        }
        if (!toArchive && Files.isDirectory(output)) {
            List<Path> found = VectorFiles.find(List.of(output));
            if (!found.isEmpty()) {
                throw new OutputExistsException(OutputExistsException.Kind.VECTOR_FILES, output, found.getFirst());
            }
        }
    }
}
