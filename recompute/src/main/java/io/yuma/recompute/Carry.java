package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.util.HashMap;
import java.util.Map;

/**
 * Replay's state: per subnet, the bonds and validator permits its last computed epoch wrote, which
 * the next epoch reads instead of its recorded ones, as the chain does. A history's first epoch
 * starts from its recorded state; so does an epoch that does not follow on (a gap in the epoch
 * numbers, say after a skipped record, or a different {@code n}), which is a restart. A history's
 * state is dropped after its last epoch, so memory holds the live subnets only. Not thread-safe.
 */
final class Carry {
    /** What one subnet carries into its next epoch. */
    record State(long epoch, boolean[] permits, SparseMatrix bonds) {
    }

    /**
     * The input to compute for a record.
     *
     * @param input the recorded input, with the bonds and permits the previous epoch wrote when it follows on
     * @param restart why a history that was live starts again from recorded state, or null
     */
    record Prepared(EpochInput input, String restart) {
    }

    private final Map<String, State> live = new HashMap<>();

    /** The input replay computes for {@code record}. */
    Prepared prepare(HistoryRecord record) {
        State state = live.get(record.subnet());
        if (state == null) {
            return new Prepared(record.input(), null);
        }
        if (record.epoch() != state.epoch() + 1) {
            return new Prepared(record.input(), "epoch " + record.epoch() + " follows epoch " + state.epoch()
                    + ": replay starts again from the recorded bonds and permits");
        }
        if (record.input().n() != state.permits().length) {
            return new Prepared(record.input(), "n is " + record.input().n() + ", was " + state.permits().length
                    + ": replay starts again from the recorded bonds and permits");
        }
        EpochInput carried = record.input().toBuilder().bonds(state.bonds()).validatorPermit(state.permits()).build();
        return new Prepared(carried, null);
    }

    /** Keeps what {@code record}'s epoch wrote for the next one, or drops the history after its last epoch. */
    void update(HistoryRecord record, EpochResult result) {
        if (record.last()) {
            live.remove(record.subnet());
        } else {
            live.put(record.subnet(), new State(record.epoch(), result.newValidatorPermit(), result.bonds()));
        }
    }

    /** An immutable copy of the live states (states are never changed, only replaced). */
    Map<String, State> snapshot() {
        return Map.copyOf(live);
    }

    /** Replaces the live states with a snapshot. */
    void restore(Map<String, State> states) {
        live.clear();
        live.putAll(states);
    }
}
