package io.yuma.recompute;

import io.yuma.api.EpochResult;
import io.yuma.api.SubnetResult;
import java.util.List;

/**
 * A bounded run of consecutive records, the unit of work: computed together by one engine call,
 * written together, and checkpointed at its end.
 *
 * @param entries the records and skipped bad records, in source order
 * @param end where reading continues after this chunk
 * @param stop the bad record that stops the run after this chunk (bad records not skipped), or null
 * @param exhausted true when the sources have no records left
 */
record Chunk(List<Entry> entries, Histories.Position end, BadRecordException stop, boolean exhausted) {
    /** One entry of a chunk: a record to compute, a computed one (of either kind), or a bad record that was skipped. */
    sealed interface Entry permits Read, Computed, ComputedSubnet, Skipped, Unfinished {
    }

    /** A record to compute. */
    record Read(HistoryRecord record) implements Entry {
    }

    /**
     * A single-mechanism record with its computed result.
     *
     * @param restart why replay started this history again from recorded state, or null
     */
    record Computed(HistoryRecord record, EpochResult result, String restart) implements Entry {
    }

    /**
     * A subnet record with its computed result: every mechanism's and the aggregated terms.
     *
     * @param restart why replay started this history again from recorded state, or null
     */
    record ComputedSubnet(HistoryRecord record, SubnetResult result, String restart) implements Entry {
    }

    /** A bad record left out (bad records skipped), with where it is and what was wrong. */
    record Skipped(RecordLocation location, String detail) implements Entry {
    }

    /**
     * A history that ended without its last-epoch flag: it was cut short.
     *
     * @param location its last record
     * @param subnet its subnet
     * @param epoch its last epoch
     */
    record Unfinished(RecordLocation location, String subnet, long epoch) implements Entry {
    }
}
