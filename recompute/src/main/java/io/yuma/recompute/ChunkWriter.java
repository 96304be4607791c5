package io.yuma.recompute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes computed chunks to the outputs, in record order, and keeps the counts: result rows,
 * every divergence from a recorded output, and issues (skipped records, replay restarts).
 * Runs on the writer thread, one chunk at a time.
 */
final class ChunkWriter {
    private final Outputs outputs;
    private final ResultRows rows;
    private final Tally tally;
    private final StringBuilder csv = new StringBuilder();
    private final StringBuilder jsonl = new StringBuilder();
    private final StringBuilder divergences = new StringBuilder();
    private final StringBuilder issues = new StringBuilder();

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
                    tally.epochs++;
                    tally.uidRows += computed.result().n();
                    if (csvFile != null) {
                        rows.csv(record, computed.result(), csv);
                    }
                    if (jsonlFile != null) {
                        rows.jsonl(record, computed.result(), jsonl);
                    }
                    if (computed.restart() != null) {
                        tally.restarts++;
                        issue("restarted", record.location().toString(), record.subnet(), Long.toUnsignedString(record.epoch()),
                                computed.restart());
                    }
                    if (record.recorded() != null) {
                        compare(record, computed);
                    }
                }
                case Chunk.Skipped skipped -> {
                    tally.skipped++;
                    issue("skipped", skipped.location().toString(), "", "", skipped.detail());
                }
                case Chunk.Read read ->
                    throw new IllegalStateException("record not computed: " + read.record().location());
            }
        }
        flush(csv, csvFile);
        flush(jsonl, jsonlFile);
        flush(divergences, outputs.get(Outputs.DIVERGENCES));
        flush(issues, outputs.get(Outputs.ISSUES));
    }

    private void compare(HistoryRecord record, Chunk.Computed computed) {
        tally.compared++;
        List<Divergence> found = Divergences.between(record.recorded(), computed.result());
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
