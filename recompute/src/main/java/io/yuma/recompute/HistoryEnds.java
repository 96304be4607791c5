package io.yuma.recompute;

import io.yuma.vector.Printable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows where each subnet's history stands, record by record in source order: a record of the
 * subnet and epoch just read for that subnet is a duplicate, and a history whose last record lacks
 * the last-epoch flag when the input ends was cut short. Holds one entry per subnet.
 */
final class HistoryEnds {
    private record Last(long epoch, boolean ended, RecordLocation location) {
    }

    private final Map<String, Last> last = new LinkedHashMap<>();

    /**
     * Where the histories stood at {@code position} of {@code inputs}, for a resumed run: the
     * records before it are read again (not computed), so that it judges as an uninterrupted run.
     */
    static HistoryEnds upTo(List<Path> inputs, int interleave, Histories.Position position) throws IOException {
        HistoryEnds ends = new HistoryEnds();
        try (Histories histories = Histories.open(inputs, interleave)) {
            while (!histories.position().equals(position)) {
                try {
                    if (ends.read(histories) == null) {
                        break;
                    }
                } catch (BadRecordException bad) {
                    // Reported by the run that read it first.
                }
            }
        }
        return ends;
    }

    /**
     * The next record of {@code histories}, noted.
     *
     * @return the record, or null at the end
     * @throws BadRecordException for a bad record, or one that repeats its subnet's last epoch
     */
    HistoryRecord read(Histories histories) throws IOException {
        HistoryRecord record = histories.next();
        if (record == null) {
            return null;
        }
        Last before = last.get(record.subnet());
        if (before != null && before.epoch() == record.epoch()) {
            throw new BadRecordException(record.location(), "subnet " + Printable.oneLine(record.subnet()) + ", epoch "
                    + Long.toUnsignedString(record.epoch()) + " again: a duplicate of the record at "
                    + before.location(), null);
        }
        last.put(record.subnet(), new Last(record.epoch(), record.last(), record.location()));
        return record;
    }

    /** The histories whose last record read lacks the last-epoch flag, in the order they first appeared. */
    List<Chunk.Unfinished> unfinished() {
        List<Chunk.Unfinished> unfinished = new ArrayList<>();
        last.forEach((subnet, at) -> {
            if (!at.ended()) {
                unfinished.add(new Chunk.Unfinished(at.location(), subnet, at.epoch()));
            }
        });
        return unfinished;
    }
}
