package io.yuma.recompute;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts a run keeps, saved with every checkpoint so that a resumed run ends with the same
 * summary as an uninterrupted one. Updated by the writer thread only.
 */
final class Tally {
    /** Records read, bad ones included. */
    long records;
    /** Epochs computed. */
    long epochs;
    /** Per-uid result rows written (the sum of n over computed epochs). */
    long uidRows;
    /** Epochs compared with a recorded output. */
    long compared;
    /** Compared epochs with at least one divergence. */
    long divergentEpochs;
    /** Divergent values (field and uid) over all compared epochs. */
    long divergences;
    /** Bad records skipped. */
    long skipped;
    /** Replay restarts from recorded state inside a live history. */
    long restarts;
    /**
     * Epochs with a recorded output that were not compared: a chain record whose runtime's rules
     * are not implemented, or with an unknown input that reaches every output.
     */
    long notCompared;
    /** Compared epochs (counted in {@link #compared}) of which some outputs were left out: an unknown input. */
    long partiallyCompared;

    /** The counts by name, in a fixed order: the journal's and the summary's keys. */
    Map<String, Long> asMap() {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("records", records);
        values.put("epochs", epochs);
        values.put("uid_rows", uidRows);
        values.put("compared", compared);
        values.put("divergent_epochs", divergentEpochs);
        values.put("divergences", divergences);
        values.put("skipped", skipped);
        values.put("restarts", restarts);
        values.put("not_compared", notCompared);
        values.put("partially_compared", partiallyCompared);
        return values;
    }

    /**
     * The counts saved by {@link #asMap}.
     *
     * @throws IllegalArgumentException when a count is missing (the chain records' counts read as 0)
     */
    static Tally of(Map<String, Long> values) {
        Tally tally = new Tally();
        tally.records = get(values, "records");
        tally.epochs = get(values, "epochs");
        tally.uidRows = get(values, "uid_rows");
        tally.compared = get(values, "compared");
        tally.divergentEpochs = get(values, "divergent_epochs");
        tally.divergences = get(values, "divergences");
        tally.skipped = get(values, "skipped");
        tally.restarts = get(values, "restarts");
        // A journal written before chain records existed has none of these, and could not have counted any.
        tally.notCompared = values.getOrDefault("not_compared", 0L);
        tally.partiallyCompared = values.getOrDefault("partially_compared", 0L);
        return tally;
    }

    private static long get(Map<String, Long> values, String key) {
        Long value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("count " + key + " is missing");
        }
        return value;
    }
}
