package io.yuma.recompute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a large archive from a small history, for measuring recompute at archive scale:
 * {@code subnets} subnets, each replaying the source's epochs in a loop for {@code epochs}
 * epochs, written epoch by epoch across subnets as a chain archive would be.
 */
public final class Synthesizer {
    private Synthesizer() {
    }

    /**
     * Writes the archive.
     *
     * @param source a vector file (a sequence or a single epoch)
     * @param output the archive to write
     * @param withOutputs true to keep the source's recorded outputs (an audit then compares them;
     *     a replay diverges where the loop wraps), false for inputs only
     * @param force true to replace an existing archive
     * @return records written ({@code subnets * epochs})
     */
    public static long synthesize(Path source, Path output, int subnets, long epochs, boolean withOutputs,
            boolean force) throws IOException {
        if (subnets < 1 || epochs < 1) {
            throw new IllegalArgumentException("--subnets and --epochs must be at least 1, were " + subnets + " and "
                    + epochs);
        }
        if (!force && Files.exists(output)) {
            throw new IOException(output + " exists: replace it with --force, or choose another name");
        }
        List<HistoryRecord> base = JsonHistoryFile.read(source);
        String stem = JsonHistoryFile.stem(source);
        try (ArchiveWriter archive = ArchiveWriter.create(output)) {
            for (long e = 0; e < epochs; e++) {
                HistoryRecord epoch = base.get((int) (e % base.size()));
                for (int s = 0; s < subnets; s++) {
                    archive.write(new HistoryRecord(String.format("%s-%05d", stem, s), "synthetic", e, true,
                            e == epochs - 1, epoch.input(), withOutputs ? epoch.recorded() : null, epoch.location()));
                }
            }
            archive.commit();
            return archive.records();
        }
    }
}
