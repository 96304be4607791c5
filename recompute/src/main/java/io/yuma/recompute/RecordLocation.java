package io.yuma.recompute;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a history record was read: an archive record by its byte offset, an epoch of a
 * {@code sequence} vector file by its index, or a whole vector file. Its {@code toString()} is the
 * form messages and {@code issues.csv} show: {@code FILE: record at byte B}, {@code FILE: epoch E}
 * or {@code FILE}.
 */
public sealed interface RecordLocation {
    /**
     * The file the record is in.
     *
     * @return the file, as it was named to the run
     */
    Path file();

    /**
     * A record of a history archive.
     *
     * @param file the archive
     * @param offset the byte offset of the record's frame
     */
    record ArchiveRecord(Path file, long offset) implements RecordLocation {
        /** Checks the file is given. */
        public ArchiveRecord {
            Objects.requireNonNull(file, "file");
        }

        /** {@return {@code FILE: record at byte B}} */
        @Override
        public String toString() {
            return file + ": record at byte " + offset;
        }
    }

    /**
     * An epoch of a {@code sequence} vector file.
     *
     * @param file the vector file
     * @param epoch the epoch's index in the file, from 0
     */
    record SequenceEpoch(Path file, int epoch) implements RecordLocation {
        /** Checks the file is given. */
        public SequenceEpoch {
            Objects.requireNonNull(file, "file");
        }

        /** {@return {@code FILE: epoch E}} */
        @Override
        public String toString() {
            return file + ": epoch " + epoch;
        }
    }

    /**
     * A vector file as a whole: a single epoch, or a file that could not be read at all.
     *
     * @param file the vector file
     */
    record WholeFile(Path file) implements RecordLocation {
        /** Checks the file is given. */
        public WholeFile {
            Objects.requireNonNull(file, "file");
        }

        /** {@return the file's name as given} */
        @Override
        public String toString() {
            return file.toString();
        }
    }
}
