package io.yuma.recompute;

import io.yuma.api.EpochResult;
import io.yuma.api.SubnetResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes computed chunks to the outputs, in record order, and keeps the counts: result rows (for
 * a subnet epoch its aggregated terms, and its mechanisms' rows in the per-mechanism outputs),
 * every divergence from a recorded output, and issues (skipped records, replay restarts, chain
 * records compared in part or not at all). A chain record ({@link HistoryRecord#origin()}) is
 * compared only in the outputs its origin leaves comparable ({@link ChainOrigin#outputsNotCompared})
 * and listed in {@code chain.csv}. Runs on the writer thread, one chunk at a time.
 */
final class ChunkWriter {
    private final Outputs outputs;
    private final ResultRows rows;
    private final Tally tally;
    private final StringBuilder csv = new StringBuilder();
    private final StringBuilder jsonl = new StringBuilder();
    private final StringBuilder mechanismsCsv = new StringBuilder();
    private final StringBuilder mechanismsJsonl = new StringBuilder();
    private final StringBuilder divergences = new StringBuilder();
    private final StringBuilder issues = new StringBuilder();
    private final StringBuilder chain = new StringBuilder();

    ChunkWriter(Outputs outputs, ResultRows rows, Tally tally) {
        this.outputs = outputs;
        this.rows = rows;
        this.tally = tally;
    }

    /** Writes one chunk's entries and counts them. */
    void write(List<Chunk.Entry> entries) throws IOException {
        PartialFile csvFile = outputs.get(Outputs.RESULTS_CSV);
        PartialFile jsonlFile = outputs.get(Outputs.RESULTS_JSONL);
        for (Chunk.Entry entry : entries) {
            tally.records++;
            switch (entry) {
                case Chunk.Computed computed -> {
                    HistoryRecord record = computed.record();
                    written(record, computed.result(), computed.restart(), csvFile != null, jsonlFile != null);
                    if (record.recorded() != null) {
                        compare(record, () -> Divergences.between(record.recorded(), computed.result()));
                    }
                }
                case Chunk.ComputedSubnet computed -> {
                    HistoryRecord record = computed.record();
                    SubnetResult result = computed.result();
                    written(record, result.subnet(), computed.restart(), csvFile != null, jsonlFile != null);
                    if (csvFile != null) {
                        rows.mechanismsCsv(record, result, mechanismsCsv);
                    }
                    if (jsonlFile != null) {
                        rows.mechanismsJsonl(record, result, mechanismsJsonl);
                    }
                    if (record.subnetRecorded() != null) {
                        compare(record, () -> Divergences.between(record.subnetRecorded(), result));
                    }
                }
                case Chunk.Skipped skipped -> {
                    tally.skipped++;
                    issue("skipped", skipped.location().toString(), "", "", skipped.detail());
                }
                case Chunk.Unfinished unfinished -> issue("unfinished", unfinished.location().toString(),
                        unfinished.subnet(), Long.toUnsignedString(unfinished.epoch()), "the history ends at epoch "
                                + Long.toUnsignedString(unfinished.epoch()) + " without its last-epoch flag: it was cut short");
                case Chunk.Read read ->
                    throw new IllegalStateException("record not computed: " + read.record().location());
            }
        }
        flush(csv, csvFile);
        flush(jsonl, jsonlFile);
        if (!mechanismsCsv.isEmpty()) {
            flush(mechanismsCsv, outputs.optional(Outputs.MECHANISMS_CSV));
        }
        if (!mechanismsJsonl.isEmpty()) {
            flush(mechanismsJsonl, outputs.optional(Outputs.MECHANISMS_JSONL));
        }
        if (!chain.isEmpty()) {
            flush(chain, outputs.optional(Outputs.CHAIN_CSV));
        }
        flush(divergences, outputs.get(Outputs.DIVERGENCES));
        flush(issues, outputs.get(Outputs.ISSUES));
    }

    /**
     * Counts a computed epoch, appends its per-uid results rows ({@code result}: a single
     * mechanism's output or a subnet's aggregated terms) and lists its restart.
     */
    private void written(HistoryRecord record, EpochResult result, String restart, boolean toCsv, boolean toJsonl) {
        tally.epochs++;
        tally.uidRows += result.n();
        if (toCsv) {
            rows.csv(record, result, csv);
        }
        if (toJsonl) {
            rows.jsonl(record, result, jsonl);
        }
        if (restart != null) {
            tally.restarts++;
            issue("restarted", record.location().toString(), record.subnet(), Long.toUnsignedString(record.epoch()),
                    restart);
        }
        ChainOrigin origin = record.origin();
        if (origin != null) {
            ChainRows.append(record, origin, chain);
            if (!origin.rulesImplemented()) {
                issue("rules", record.location().toString(), record.subnet(), Long.toUnsignedString(record.epoch()),
                        ChainRows.rulesDetail(origin));
            } else if (!origin.unknown().isEmpty()) {
                issue("unknown", record.location().toString(), record.subnet(), Long.toUnsignedString(record.epoch()),
                        ChainRows.unknownDetail(origin, record.mechanismCount()));
            }
        }
    }

    /**
     * Counts a compared epoch and writes its divergences, leaving out those its chain origin makes
     * incomparable and, for a chain record, the outputs the chain does not store
     * ({@link ChainStoredOutputs}); an epoch of which nothing is comparable is counted as not compared.
     */
    private void compare(HistoryRecord record, Supplier<List<Divergence>> between) {
        List<String> left = record.origin() == null ? List.of()
                : record.origin().outputsNotCompared(record.mechanismCount());
        if (left.contains(UnknownInput.EVERY_OUTPUT)) {
            tally.notCompared++;
            return;
        }
        tally.compared++;
        List<Divergence> found = between.get();
        if (record.origin() != null) {
            found = found.stream().filter(d -> ChainStoredOutputs.stored(d.field())).toList();
        }
        if (!left.isEmpty()) {
            tally.partiallyCompared++;
            found = found.stream().filter(d -> !UnknownInput.covers(left, d.field())).toList();
        }
        if (found.isEmpty()) {
            return;
        }
        tally.divergentEpochs++;
        tally.divergences += found.size();
        String epoch = Long.toUnsignedString(record.epoch());
        for (Divergence d : found) {
            Csv.field(divergences, record.subnet()).append(',').append(epoch).append(',')
                    .append(d.uid() >= 0 ? Integer.toString(d.uid()) : "").append(',').append(d.field()).append(',');
            Csv.field(divergences, d.recorded()).append(',');
            Csv.field(divergences, d.computed()).append('\n');
        }
    }

    private void issue(String kind, String location, String subnet, String epoch, String detail) {
        issues.append(kind).append(',');
        Csv.field(issues, location).append(',');
        Csv.field(issues, subnet).append(',').append(epoch).append(',');
        Csv.field(issues, detail.replaceAll("\\R", " ")).append('\n');
    }

    private static void flush(StringBuilder text, PartialFile file) throws IOException {
        if (file != null && !text.isEmpty()) {
            file.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        text.setLength(0);
    }
}
