package io.yuma.recompute;

import io.yuma.vector.InputFile;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorFormatException;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one file in FORMAT.md's layout as a subnet history: a {@code sequence} or
 * {@code subnet-sequence} file gives its epochs in order, a single vector one epoch, each a
 * single mechanism's or a subnet's with mechanisms as the file holds them. Files without outputs
 * (inputs only, as {@code yuma run} takes them) give records without recorded outputs, named
 * after the file.
 */
final class JsonHistoryFile {
    /** Fields whose absence makes a file an input file rather than a vector. */
    private static final Set<String> OPTIONAL_IN_INPUT_FILES = Set.of("output", "name", "family");

    private JsonHistoryFile() {
    }

    /**
     * The file's epochs as records, the last one flagged as the end of its history.
     *
     * @throws BadRecordException when the file cannot be read or is not valid, naming the file,
     *     the epoch, the field and the uid as the reader found them
     */
    static List<HistoryRecord> read(Path file) throws BadRecordException {
        try {
            Vector vector = VectorReader.read(file);
            int count = vector.epochCount();
            List<HistoryRecord> records = new ArrayList<>(count);
            for (int e = 0; e < count; e++) {
                RecordLocation location = location(file, vector.sequence(), e);
                boolean last = e == count - 1;
                if (vector.isSubnet()) {
                    SubnetEpoch epoch = vector.subnetEpochs().get(e);
                    records.add(new HistoryRecord(vector.name(), vector.family(), e, vector.sequence(), last,
                            epoch.input(), epoch.expected(), location));
                } else {
                    VectorEpoch epoch = vector.epochs().get(e);
                    records.add(new HistoryRecord(vector.name(), vector.family(), e, vector.sequence(), last,
                            epoch.input(), epoch.expected().withoutTrace(), location));
                }
            }
            return records;
        } catch (VectorFormatException e) {
            if (e.field() != null && OPTIONAL_IN_INPUT_FILES.contains(e.field())) {
                return readInputs(file);
            }
            throw bad(file, e);
        } catch (IOException e) {
            throw new BadRecordException(new RecordLocation.WholeFile(file), "cannot read: " + IoProblems.describe(e), e);
        }
    }

    private static List<HistoryRecord> readInputs(Path file) throws BadRecordException {
        try {
            InputFile inputs = VectorReader.readInputs(file);
            String subnet = stem(file);
            int count = inputs.isSubnet() ? inputs.subnets().size() : inputs.epochs().size();
            List<HistoryRecord> records = new ArrayList<>(count);
            for (int e = 0; e < count; e++) {
                RecordLocation location = location(file, inputs.sequence(), e);
                boolean last = e == count - 1;
                records.add(inputs.isSubnet()
                        ? new HistoryRecord(subnet, "", e, inputs.sequence(), last, inputs.subnets().get(e), null,
                                location)
                        : new HistoryRecord(subnet, "", e, inputs.sequence(), last, inputs.epochs().get(e), null,
                                location));
            }
            return records;
        } catch (VectorFormatException e) {
            throw bad(file, e);
        } catch (IOException e) {
            throw new BadRecordException(new RecordLocation.WholeFile(file), "cannot read: " + IoProblems.describe(e), e);
        }
    }

    private static RecordLocation location(Path file, boolean sequence, int epoch) {
        return sequence ? new RecordLocation.SequenceEpoch(file, epoch) : new RecordLocation.WholeFile(file);
    }

    /** The reader's message split into where (file and epoch) and what. */
    private static BadRecordException bad(Path file, VectorFormatException e) {
        RecordLocation where = e.epoch() >= 0 ? new RecordLocation.SequenceEpoch(file, e.epoch())
                : new RecordLocation.WholeFile(file);
        String message = e.getMessage();
        String prefix = e.file() + ": " + (e.epoch() >= 0 ? "epoch " + e.epoch() + ", " : "");
        String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return new BadRecordException(where, detail + " (the whole file is left out)", e);
    }

    /** The file name without {@code .json} or {@code .json.gz}. */
    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json(\\.gz)?$", "");
    }
}
