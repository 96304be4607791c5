package io.yuma.recompute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts the record stream into {@link Chunk}s of at most {@code maxRecords} entries and at most
 * {@code maxUids} uids, counted over every mechanism of a subnet epoch (or one record when a
 * single record has more), so memory stays bounded
 * whatever the archive size. For replay a chunk holds at most one epoch per subnet, because each
 * epoch needs the one before it computed first. Chunk boundaries depend on the records only, so a
 * resumed run cuts the same chunks. Used from one thread at a time; {@link #bytesDone} may be
 * read from any.
 */
final class ChunkReader {
    private final Histories histories;
    private final Overrides overrides;
    private final boolean onePerSubnet;
    private final int maxRecords;
    private final long maxUids;
    private final boolean skipBad;
    private final HistoryEnds ends;
    private HistoryRecord pending;
    private Histories.Position pendingAt;
    private volatile long bytesDone;

    /**
     * @param onePerSubnet true for replay: a subnet's next epoch waits for the next chunk
     * @param skipBad true to skip bad records; false ends the chunk before one
     * @param ends where the histories stand at the first record this reader reads
     */
    ChunkReader(Histories histories, Overrides overrides, boolean onePerSubnet, int maxRecords, long maxUids,
            boolean skipBad, HistoryEnds ends) {
        this.histories = histories;
        this.overrides = overrides;
        this.onePerSubnet = onePerSubnet;
        this.maxRecords = maxRecords;
        this.maxUids = maxUids;
        this.skipBad = skipBad;
        this.ends = ends;
    }

    /** The next chunk; an empty one with {@code exhausted} set at the end. */
    Chunk next() throws IOException {
        Chunk chunk = read();
        bytesDone = histories.bytesDone();
        return chunk;
    }

    /** Input bytes consumed by the chunks returned so far, for progress. */
    long bytesDone() {
        return bytesDone;
    }

    private Chunk read() throws IOException {
        List<Chunk.Entry> entries = new ArrayList<>();
        Set<String> subnets = new HashSet<>();
        long uids = 0;
        int records = 0;
        while (entries.size() < maxRecords) {
            Histories.Position before = pending != null ? pendingAt : histories.position();
            HistoryRecord record;
            try {
                record = pending != null ? pending : ends.read(histories);
            } catch (BadRecordException bad) {
                if (!skipBad) {
                    return new Chunk(entries, before, bad, false);
                }
                entries.add(new Chunk.Skipped(bad.location(), bad.detail()));
                continue;
            }
            pending = null;
            if (record == null) {
                entries.addAll(ends.unfinished());
                return new Chunk(entries, histories.position(), null, true);
            }
            long n = record.uidsComputed();
            if ((onePerSubnet && subnets.contains(record.subnet())) || (records > 0 && uids + n > maxUids)) {
                pending = record;
                pendingAt = before;
                return new Chunk(entries, before, null, false);
            }
            subnets.add(record.subnet());
            uids += n;
            records++;
            entries.add(new Chunk.Read(overrides.apply(record)));
        }
        return new Chunk(entries, histories.position(), null, false);
    }
}
