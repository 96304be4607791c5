package io.yuma.recompute;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Every difference between a recorded and a computed epoch: each field of FORMAT.md's output in
 * its order, each uid. For a subnet epoch: each mechanism's share of the emission
 * ({@code mechanism_emission[m]}), each mechanism's output fields ({@code mechanisms[m].dividend}),
 * then the aggregated terms ({@code subnet.emission}), as {@link SubnetResult#firstDifference}
 * names them. ({@code firstDifference} stops at the first; an audit reports them all.)
 */
final class Divergences {
    private Divergences() {
    }

    /** The differences, field by field and uid by uid; empty when the results are equal. */
    static List<Divergence> between(EpochResult recorded, EpochResult computed) {
        List<Divergence> found = new ArrayList<>();
        if (!sameN(recorded.n(), computed.n(), found)) {
            return found;
        }
        fields("", recorded, computed, found);
        return found;
    }

    /** The differences of a subnet epoch, in {@link SubnetResult#firstDifference}'s order; empty when equal. */
    static List<Divergence> between(SubnetResult recorded, SubnetResult computed) {
        List<Divergence> found = new ArrayList<>();
        if (recorded.mechanismCount() != computed.mechanismCount()) {
            found.add(new Divergence("mechanisms", -1, Integer.toString(recorded.mechanismCount()),
                    Integer.toString(computed.mechanismCount())));
            return found;
        }
        if (!sameN(recorded.n(), computed.n(), found)) {
            return found;
        }
        long[] recordedEmission = recorded.mechanismEmission();
        long[] computedEmission = computed.mechanismEmission();
        for (int m = 0; m < recordedEmission.length; m++) {
            if (recordedEmission[m] != computedEmission[m]) {
                found.add(new Divergence("mechanism_emission[" + m + "]", -1,
                        Long.toUnsignedString(recordedEmission[m]), Long.toUnsignedString(computedEmission[m])));
            }
        }
        for (int m = 0; m < recorded.mechanismCount(); m++) {
            fields("mechanisms[" + m + "].", recorded.mechanisms().get(m), computed.mechanisms().get(m), found);
        }
        fields("subnet.", recorded.subnet(), computed.subnet(), found);
        return found;
    }

    /** Adds an {@code n} divergence when the sizes differ; returns whether they are the same. */
    private static boolean sameN(int recorded, int computed, List<Divergence> found) {
        if (recorded != computed) {
            found.add(new Divergence("n", -1, Integer.toString(recorded), Integer.toString(computed)));
        }
        return recorded == computed;
    }

    /** Every output field of two results of the same size, each named {@code prefix + field}. */
    private static void fields(String prefix, EpochResult recorded, EpochResult computed, List<Divergence> found) {
        bools(prefix + "active", recorded.active(), computed.active(), found);
        u64s(prefix + "stake", recorded.stake(), computed.stake(), found);
        u16s(prefix + "stake_weight", recorded.stakeWeight(), computed.stakeWeight(), found);
        u16s(prefix + "consensus", recorded.consensus(), computed.consensus(), found);
        u16s(prefix + "validator_trust", recorded.validatorTrust(), computed.validatorTrust(), found);
        u16s(prefix + "incentive", recorded.incentive(), computed.incentive(), found);
        u16s(prefix + "dividend", recorded.dividend(), computed.dividend(), found);
        bools(prefix + "new_validator_permit", recorded.newValidatorPermit(), computed.newValidatorPermit(), found);
        u64s(prefix + "server_emission", recorded.serverEmission(), computed.serverEmission(), found);
        u64s(prefix + "validator_emission", recorded.validatorEmission(), computed.validatorEmission(), found);
        u64s(prefix + "emission", recorded.emission(), computed.emission(), found);
        rows(prefix + "bonds", recorded.bonds(), computed.bonds(), found);
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
