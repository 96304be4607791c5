package io.yuma.recompute;

import io.yuma.vector.VectorFiles;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of every input path, one source after another: archives ({@code YUMAHIST} magic,
 * whatever the name) one by one, and runs of consecutive vector files or directories as one
 * {@link JsonSource}. One source is open at a time. Positions are {@link Position}s.
 */
final class Histories implements Closeable {
    private final List<Input> inputs;
    private final int interleave;
    private final long totalBytes;
    private final List<String> warnings;
    private RecordSource current;
    private int index;
    private long bytesBefore;

    /** Where a run stands: the source (an index into the inputs) and that source's own position token. */
    record Position(int source, long token) {
        /** The start of the first source. */
        static final Position START = new Position(0, -1);
    }

    /** One source: an archive, or a list of vector files read together. */
    private record Input(Path archive, List<Path> vectors, long bytes) {
        RecordSource open(int interleave) throws IOException {
            return archive != null ? ArchiveSource.open(archive) : new JsonSource(vectors, interleave);
        }

        /** The archive, or the last of the vector files. */
        Path last() {
            return archive != null ? archive : vectors.getLast();
        }
    }

    private Histories(List<Input> inputs, int interleave, List<String> warnings) {
        this.inputs = inputs;
        this.warnings = warnings;
        this.interleave = interleave;
        this.totalBytes = inputs.stream().mapToLong(Input::bytes).sum();
    }

    /**
     * The records of {@code paths}: archive files, vector files, and directories searched
     * recursively for {@code *.json} and {@code *.json.gz}.
     *
     * @param interleave how many vector files are read together (see {@link JsonSource})
     * @throws NoSuchFileException when a path does not exist
     */
    static Histories open(List<Path> paths, int interleave) throws IOException {
        List<Input> inputs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Path> vectors = new ArrayList<>();
        long vectorBytes = 0;
        for (Path path : paths) {
            if (!Files.isDirectory(path) && Files.exists(path) && ArchiveSource.isArchive(path)) {
                if (!vectors.isEmpty()) {
                    inputs.add(new Input(null, List.copyOf(vectors), vectorBytes));
                    vectors.clear();
                    vectorBytes = 0;
                }
                inputs.add(new Input(path, null, Files.size(path)));
                try (ArchiveSource archive = ArchiveSource.open(path)) {
                    if (!archive.provesCompleteness()) {
                        warnings.add(path + ": archive format version " + archive.version() + " has no "
                                + "end-of-archive record, so its completeness cannot be proven");
                    }
                }
            } else {
                if (Files.isRegularFile(path) && !ArchiveSource.looksLikeVectorFile(path)) {
                    throw new IOException(path + ": not an archive nor a vector file (it starts neither with "
                            + "YUMAHIST nor as JSON or gzip does)");
                }
                for (Path file : VectorFiles.find(List.of(path))) {
                    vectors.add(file);
                    vectorBytes += Files.size(file);
                }
            }
        }
        if (!vectors.isEmpty()) {
            inputs.add(new Input(null, List.copyOf(vectors), vectorBytes));
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no history archives or vector files (*.json, *.json.gz) under "
                    + paths);
        }
        return new Histories(inputs, interleave, List.copyOf(warnings));
    }

    /**
     * What a reader should know before trusting the inputs' records, one line each: archives of a
     * version that cannot prove it was not cut short.
     */
    List<String> warnings() {
        return warnings;
    }

    /**
     * What the run reads, one line per file with its absolute path and size, for the run's
     * fingerprint: a resume must read the same files.
     */
    List<String> describe() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Input input : inputs) {
            for (Path file : input.archive() != null ? List.of(input.archive()) : input.vectors()) {
                lines.add(file.toAbsolutePath().normalize() + " " + Files.size(file));
            }
        }
        return lines;
    }

    /**
     * The next record of all inputs, or null after the last.
     *
     * @throws BadRecordException for a bad record, after which reading goes on
     */
    HistoryRecord next() throws IOException {
        while (true) {
            if (current == null) {
                if (index >= inputs.size()) {
                    return null;
                }
                current = inputs.get(index).open(interleave);
            }
            HistoryRecord record = current.next();
            if (record != null) {
                return record;
            }
            bytesBefore += inputs.get(index).bytes();
            current.close();
            current = null;
            index++;
        }
    }

    /** The position after the last record returned or rejected. */
    Position position() {
        return current == null ? new Position(index, -1) : new Position(index, current.position());
    }

    /** Continues from a position {@link #position} gave for the same inputs. */
    void seek(Position position) throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
        if (position.source() < 0 || position.source() > inputs.size()) {
            throw new ResumeException(ResumeException.Kind.INPUTS_CHANGED, inputs.getLast().last(),
                    "cannot continue at input " + position.source() + ", there are " + inputs.size());
        }
        index = position.source();
        bytesBefore = inputs.subList(0, index).stream().mapToLong(Input::bytes).sum();
        if (position.token() >= 0 && index < inputs.size()) {
            current = inputs.get(index).open(interleave);
            current.seek(position.token());
        }
    }

    /** Total bytes of every input. */
    long bytesTotal() {
        return totalBytes;
    }

    /** Bytes consumed so far. */
    long bytesDone() {
        return bytesBefore + (current == null ? 0 : current.bytesDone());
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
