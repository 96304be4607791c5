package io.yuma.recompute;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Every difference between a recorded and a computed epoch: each field of FORMAT.md's output in
 * its order, each uid. ({@link EpochResult#firstDifference} stops at the first; an audit reports
 * them all.)
 */
final class Divergences {
    private Divergences() {
    }

    /** The differences, field by field and uid by uid; empty when the results are equal. */
    static List<Divergence> between(EpochResult recorded, EpochResult computed) {
        List<Divergence> found = new ArrayList<>();
        if (recorded.n() != computed.n()) {
            found.add(new Divergence("n", -1, Integer.toString(recorded.n()), Integer.toString(computed.n())));
            return found;
        }
        bools("active", recorded.active(), computed.active(), found);
        u64s("stake", recorded.stake(), computed.stake(), found);
        u16s("stake_weight", recorded.stakeWeight(), computed.stakeWeight(), found);
        u16s("consensus", recorded.consensus(), computed.consensus(), found);
        u16s("validator_trust", recorded.validatorTrust(), computed.validatorTrust(), found);
        u16s("incentive", recorded.incentive(), computed.incentive(), found);
        u16s("dividend", recorded.dividend(), computed.dividend(), found);
        bools("new_validator_permit", recorded.newValidatorPermit(), computed.newValidatorPermit(), found);
        u64s("server_emission", recorded.serverEmission(), computed.serverEmission(), found);
        u64s("validator_emission", recorded.validatorEmission(), computed.validatorEmission(), found);
        u64s("emission", recorded.emission(), computed.emission(), found);
        rows("bonds", recorded.bonds(), computed.bonds(), found);
        return found;
    }

    private static void bools(String field, boolean[] recorded, boolean[] computed, List<Divergence> found) {
        for (int uid = 0; uid < recorded.length; uid++) {
            if (recorded[uid] != computed[uid]) {
                found.add(new Divergence(field, uid, Boolean.toString(recorded[uid]), Boolean.toString(computed[uid])));
            }
        }
    }

    private static void u16s(String field, int[] recorded, int[] computed, List<Divergence> found) {
        for (int uid = 0; uid < recorded.length; uid++) {
            if (recorded[uid] != computed[uid]) {
                found.add(new Divergence(field, uid, Integer.toString(recorded[uid]), Integer.toString(computed[uid])));
            }
        }
    }

    private static void u64s(String field, long[] recorded, long[] computed, List<Divergence> found) {
        for (int uid = 0; uid < recorded.length; uid++) {
            if (recorded[uid] != computed[uid]) {
                found.add(new Divergence(field, uid, Long.toUnsignedString(recorded[uid]),
                        Long.toUnsignedString(computed[uid])));
            }
        }
    }

    private static void rows(String field, SparseMatrix recorded, SparseMatrix computed, List<Divergence> found) {
        for (int uid = 0; uid < recorded.rows(); uid++) {
            if (!recorded.rowEquals(uid, computed)) {
                found.add(new Divergence(field, uid, rowText(recorded, uid), rowText(computed, uid)));
            }
        }
    }

    /** A row as space-separated {@code column:value} pairs, in stored order: the CSV form of a bonds row. */
    static String rowText(SparseMatrix rows, int row) {
        StringBuilder text = new StringBuilder();
        appendRow(rows, row, text);
        return text.toString();
    }

    /** Appends {@link #rowText} to {@code out}. */
    static void appendRow(SparseMatrix rows, int row, StringBuilder out) {
        for (int k = 0; k < rows.rowLength(row); k++) {
            if (k > 0) {
                out.append(' ');
            }
            out.append(rows.column(row, k)).append(':').append(rows.value(row, k));
        }
    }
}
