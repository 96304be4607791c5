package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replay's state: per subnet, the bonds and validator permits its last computed epoch wrote, which
 * the next epoch reads instead of its recorded ones, as the chain does. For a subnet with
 * mechanisms each mechanism carries its own bonds (the chain's {@code Bonds} at the mechanism's
 * storage index) and the permits are the aggregated {@code subnet.new_validator_permit}, which
 * every mechanism reads (FORMAT.md, {@code subnet-sequence}).
 *
 * <p>A history's first epoch starts from its recorded state; so does an epoch that does not
 * follow on (a gap in the epoch numbers, say after a skipped record, a different {@code n}, a
 * different mechanism count, or an epoch of the other kind), which is a restart. A history's
 * state is dropped after its last epoch, so memory holds the live subnets only. Not thread-safe.
 */
final class Carry {
    /**
     * What one subnet carries into its next epoch.
     *
     * @param epoch the epoch that wrote it
     * @param permits the new validator permits (aggregated for a subnet epoch)
     * @param bonds the bonds, one matrix per mechanism (one for a single-mechanism epoch)
     * @param subnet whether a subnet epoch with mechanisms wrote it
     */
    record State(long epoch, boolean[] permits, List<SparseMatrix> bonds, boolean subnet) {
        /** Copies the list. */
        State {
            bonds = List.copyOf(bonds);
        }
    }

    /**
     * The record to compute.
     *
     * @param record the record as read, its input carrying the bonds and permits the previous
     *     epoch wrote when it follows on
     * @param restart why a history that was live starts again from recorded state, or null
     */
    record Prepared(HistoryRecord record, String restart) {
    }

    private final Map<String, State> live = new HashMap<>();

    /** The record replay computes for {@code record}. */
    Prepared prepare(HistoryRecord record) {
        State state = live.get(record.subnet());
        if (state == null) {
            return new Prepared(record, null);
        }
        String broken = breakBetween(state, record);
        if (broken != null) {
            return new Prepared(record, broken + ": replay starts again from the recorded bonds and permits");
        }
        if (!record.isSubnet()) {
            EpochInput carried = record.input().toBuilder().bonds(state.bonds().getFirst())
                    .validatorPermit(state.permits()).build();
            return new Prepared(record.withInput(carried), null);
        }
        SubnetInput recorded = record.subnetInput();
        List<EpochInput> mechanisms = new ArrayList<>(recorded.mechanismCount());
        for (int m = 0; m < recorded.mechanismCount(); m++) {
            mechanisms.add(recorded.mechanism(m).toBuilder().bonds(state.bonds().get(m))
                    .validatorPermit(state.permits()).build());
        }
        return new Prepared(record.withSubnetInput(SubnetInput.of(mechanisms, recorded.emissionSplit())), null);
    }

    /** Why {@code record} does not follow on from {@code state}, or null when it does. */
    private static String breakBetween(State state, HistoryRecord record) {
        if (record.epoch() != state.epoch() + 1) {
            return "epoch " + record.epoch() + " follows epoch " + state.epoch();
        }
        if (record.isSubnet() != state.subnet()) {
            return record.isSubnet() ? "a subnet epoch with mechanisms follows a single-mechanism epoch"
                    : "a single-mechanism epoch follows a subnet epoch with mechanisms";
        }
        if (record.n() != state.permits().length) {
            return "n is " + record.n() + ", was " + state.permits().length;
        }
        if (record.isSubnet() && record.subnetInput().mechanismCount() != state.bonds().size()) {
            return "the mechanism count is " + record.subnetInput().mechanismCount() + ", was "
                    + state.bonds().size();
        }
        return null;
    }

    /** Keeps what {@code record}'s single-mechanism epoch wrote for the next one, or drops the history after its last epoch. */
    void update(HistoryRecord record, EpochResult result) {
        keep(record, new State(record.epoch(), result.newValidatorPermit(), List.of(result.bonds()), false));
    }

    /** Keeps what {@code record}'s subnet epoch wrote for the next one, or drops the history after its last epoch. */
    void update(HistoryRecord record, SubnetResult result) {
        List<SparseMatrix> bonds = result.mechanisms().stream().map(EpochResult::bonds).toList();
        keep(record, new State(record.epoch(), result.subnet().newValidatorPermit(), bonds, true));
    }

    /**
     * Keeps {@code state} for the next epoch, or drops it after a history's last epoch, and
     * after a chain epoch whose result is not the chain's (rules not implemented, or an input
     * that reaches every output unknown): its bonds and permits would carry a wrong state on,
     * so the next epoch starts from its recorded ones, as a history's first epoch does.
     */
    private void keep(HistoryRecord record, State state) {
        boolean wrong = record.origin() != null
                && record.origin().outputsNotCompared(record.mechanismCount()).contains(UnknownInput.EVERY_OUTPUT);
        if (record.last() || wrong) {
            live.remove(record.subnet());
        } else {
            live.put(record.subnet(), state);
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
