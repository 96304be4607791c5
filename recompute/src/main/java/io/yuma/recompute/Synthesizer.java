package io.yuma.recompute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a large archive from a small history, for measuring recompute at archive scale:
 * {@code subnets} subnets, each replaying the source's epochs in a loop for {@code epochs}
 * epochs, written epoch by epoch across subnets as a chain archive would be. The source's epochs
 * may be a single mechanism's or a subnet's with mechanisms ({@code subnet}, {@code subnet-sequence}
 * files), and the archive's are of the same kind.
 */
public final class Synthesizer {
    private Synthesizer() {
    }

    /**
     * Writes the archive.
     *
     * @param source a vector file (a sequence or a single epoch, of either kind)
     * @param output the archive to write
     * @param subnets how many subnets, at least 1
     * @param epochs how many epochs each subnet has, at least 1
     * @param withOutputs true to keep the source's recorded outputs (an audit then compares them;
     *     a replay diverges where the loop wraps), false for inputs only
     * @param replace true to replace an existing archive
     * @return records written ({@code subnets * epochs})
     * @throws InvalidOptionException when {@code subnets} or {@code epochs} is below 1
     * @throws OutputExistsException when the archive exists and {@code replace} is false
     * @throws BadRecordException when the source is not a valid vector file
     * @throws IOException when the source cannot be read or the archive written
     */
    public static long synthesize(Path source, Path output, int subnets, long epochs, boolean withOutputs,
            boolean replace) throws IOException {
        if (subnets < 1) {
            throw new InvalidOptionException(InvalidOptionException.Option.SUBNETS, "must be at least 1, was "
                    + subnets, null);
        }
        if (epochs < 1) {
            throw new InvalidOptionException(InvalidOptionException.Option.EPOCHS, "must be at least 1, was "
                    + epochs, null);
        }
        if (!replace && Files.exists(output)) {
            throw new OutputExistsException(OutputExistsException.Kind.ARCHIVE, output, output);
        }
        List<HistoryRecord> base = JsonHistoryFile.read(source);
        String stem = JsonHistoryFile.stem(source);
        try (ArchiveWriter archive = ArchiveWriter.create(output)) {
            for (long e = 0; e < epochs; e++) {
                HistoryRecord epoch = base.get((int) (e % base.size()));
                for (int s = 0; s < subnets; s++) {
                    archive.write(epoch.placedIn(String.format("%s-%05d", stem, s), "synthetic", e, true,
                            e == epochs - 1, withOutputs));
                }
            }
            archive.commit();
            return archive.records();
        }
    }
}
