package io.yuma.recompute;

import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes records as vector files (FORMAT.md), one {@code .json.gz} file per subnet history: a
 * {@code sequence} file ({@code subnet-sequence} for subnet epochs), or a single vector for a
 * lone epoch that was not part of a sequence. A history is held until its last epoch (or a break
 * in its epoch numbers, or an epoch of the other kind) and then written, so
 * memory holds the open histories: fine for the sizes JSON suits, not for a whole chain archive.
 * Every record needs its recorded output, since a vector file holds one.
 *
 * <p>A vector file has no place for a record's {@link ChainOrigin} (readers reject fields
 * FORMAT.md does not list), so it is dropped and counted ({@link #originsDropped}). A chain record
 * that is not exact (rules not implemented, or inputs unknown) is refused: a vector claims its
 * output is what the rules give from its input, which such a record does not hold.
 */
final class JsonHistoryWriter {
    private final Path directory;
    private final Map<String, Open> open = new LinkedHashMap<>();
    private final Set<String> fileNames = new HashSet<>();
    private long files;
    private long originsDropped;

    /** A history being collected: single-mechanism epochs or subnet epochs, as its first record. */
    private static final class Open {
        final String family;
        final boolean sequence;
        final boolean subnet;
        final List<VectorEpoch> epochs = new ArrayList<>();
        final List<SubnetEpoch> subnetEpochs = new ArrayList<>();
        long lastEpoch;

        Open(HistoryRecord first) {
            family = first.family();
            sequence = first.sequence();
            subnet = first.isSubnet();
        }

        /** Whether {@code record} continues this history: the next epoch, of the same kind. */
        boolean continuedBy(HistoryRecord record) {
            return record.epoch() == lastEpoch + 1 && record.isSubnet() == subnet;
        }

        void add(HistoryRecord record) {
            if (subnet) {
                subnetEpochs.add(new SubnetEpoch(record.subnetInput(), record.subnetRecorded()));
            } else {
                epochs.add(new VectorEpoch(record.input(), record.recorded()));
            }
            lastEpoch = record.epoch();
        }

        Vector vector(String name) {
            return new Vector(name, family, sequence || epochs.size() + subnetEpochs.size() > 1, epochs,
                    subnetEpochs);
        }
    }

    JsonHistoryWriter(Path directory) {
        this.directory = directory;
    }

    /**
     * Adds a record to its subnet's history, writing the history once it is complete.
     *
     * @throws IOException when the record has no recorded output, or is a chain record that is not exact
     */
    void add(HistoryRecord record) throws IOException {
        if (!record.hasRecorded()) {
            throw new IOException(record.location() + ": the record has no recorded output, and a vector file needs"
                    + " one (FORMAT.md); convert input-only histories to an archive instead");
        }
        ChainOrigin origin = record.origin();
        if (origin != null && !origin.exact()) {
            String why = origin.rulesImplemented() ? ChainRows.unknownDetail(origin, record.mechanismCount())
                    : ChainRows.rulesDetail(origin);
            throw new IOException(record.location() + ": subnet " + record.subnet() + ", epoch "
                    + Long.toUnsignedString(record.epoch()) + " (netuid " + origin.netuid() + ", block "
                    + Long.toUnsignedString(origin.block()) + "): " + why + "; a vector file would claim its output "
                    + "is what the rules give from its input, so it cannot hold this record; audit the archive "
                    + "instead");
        }
        if (origin != null) {
            originsDropped++;
        }
        Open history = open.get(record.subnet());
        if (history != null && !history.continuedBy(record)) {
            write(record.subnet(), open.remove(record.subnet()));
            history = null;
        }
        if (history == null) {
            history = new Open(record);
            open.put(record.subnet(), history);
        }
        history.add(record);
        if (record.last()) {
            write(record.subnet(), open.remove(record.subnet()));
        }
    }

    /** Writes the histories still open (their archive ended without marking their last epoch). */
    void finish() throws IOException {
        for (Map.Entry<String, Open> entry : open.entrySet()) {
            write(entry.getKey(), entry.getValue());
        }
        open.clear();
    }

    /** Files written so far. */
    long files() {
        return files;
    }

    /** Chain records written without their origin, which a vector file cannot hold. */
    long originsDropped() {
        return originsDropped;
    }

    private void write(String subnet, Open history) throws IOException {
        VectorWriter.write(history.vector(subnet), directory.resolve(fileName(subnet)));
        files++;
    }

    /** The subnet's name made safe for a file name, numbered when this run wrote a history of that name before. */
    private String fileName(String subnet) {
        String safe = subnet.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "subnet" + safe;
        }
        String name = safe;
        for (int copy = 2; !fileNames.add(name); copy++) {
            name = safe + "~" + copy;
        }
        return name + ".json.gz";
    }
}
