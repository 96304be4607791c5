package io.yuma.recompute;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetResult;

/**
 * Formats one computed epoch as per-uid rows: CSV lines and JSON Lines objects with the same
 * columns (recompute/RECOMPUTE.md lists them): subnet, epoch, uid, then FORMAT.md's output fields,
 * u64 values unsigned, booleans {@code true}/{@code false}, and the bonds row when asked for.
 *
 * <p>The results rows of a subnet epoch with mechanisms are its aggregated terms (what the chain
 * stores for the netuid; their bonds rows are empty, the aggregate keeps none). Its mechanisms'
 * full outputs are rows of their own ({@code mechanisms.csv}, {@code mechanisms.jsonl}): subnet,
 * epoch, mechanism, the mechanism's share of the emission, uid, then the same output fields.
 */
final class ResultRows {
    /** The CSV header, without the bonds column. */
    static final String CSV_HEADER = "subnet,epoch,uid,active,stake,stake_weight,consensus,validator_trust,incentive,"
            + "dividend,new_validator_permit,server_emission,validator_emission,emission";
    /** The per-mechanism CSV header, without the bonds column. */
    static final String MECHANISMS_CSV_HEADER = "subnet,epoch,mechanism,mechanism_emission,uid,active,stake,"
            + "stake_weight,consensus,validator_trust,incentive,dividend,new_validator_permit,server_emission,"
            + "validator_emission,emission";

    private final boolean bonds;

    /** @param bonds whether rows carry each uid's bonds row ({@link RecomputeOptions#bonds()}) */
    ResultRows(boolean bonds) {
        this.bonds = bonds;
    }

    /** The CSV header line, with the line break. */
    String csvHeader() {
        return CSV_HEADER + (bonds ? ",bonds" : "") + "\n";
    }

    /** The per-mechanism CSV header line, with the line break. */
    String mechanismsCsvHeader() {
        return MECHANISMS_CSV_HEADER + (bonds ? ",bonds" : "") + "\n";
    }

    /** Appends one CSV line per uid; a bonds row is space-separated {@code column:value} pairs. */
    void csv(HistoryRecord record, EpochResult result, StringBuilder out) {
        csvRows(csvPrefix(record), result, out);
    }

    /** Appends one CSV line per mechanism and uid, mechanism 0 first. */
    void mechanismsCsv(HistoryRecord record, SubnetResult result, StringBuilder out) {
        long[] emission = result.mechanismEmission();
        for (int m = 0; m < result.mechanismCount(); m++) {
            StringBuilder prefix = csvPrefix(record).append(m).append(',')
                    .append(Long.toUnsignedString(emission[m])).append(',');
            csvRows(prefix, result.mechanisms().get(m), out);
        }
    }

    /** Appends one JSON object per uid and line; a bonds row is {@code [[column, value], ...]} as in FORMAT.md. */
    void jsonl(HistoryRecord record, EpochResult result, StringBuilder out) {
        jsonRows(jsonPrefix(record).append(",\"uid\":"), result, out);
    }

    /** Appends one JSON object per mechanism and uid and line, mechanism 0 first. */
    void mechanismsJsonl(HistoryRecord record, SubnetResult result, StringBuilder out) {
        long[] emission = result.mechanismEmission();
        for (int m = 0; m < result.mechanismCount(); m++) {
            StringBuilder prefix = jsonPrefix(record).append(",\"mechanism\":").append(m)
                    .append(",\"mechanism_emission\":").append(Long.toUnsignedString(emission[m]))
                    .append(",\"uid\":");
            jsonRows(prefix, result.mechanisms().get(m), out);
        }
    }

    private static StringBuilder csvPrefix(HistoryRecord record) {
        return Csv.field(new StringBuilder(), record.subnet()).append(',')
                .append(Long.toUnsignedString(record.epoch())).append(',');
    }

    private static StringBuilder jsonPrefix(HistoryRecord record) {
        return Json.string(new StringBuilder("{\"subnet\":"), record.subnet())
                .append(",\"epoch\":").append(Long.toUnsignedString(record.epoch()));
    }

    /** Appends {@code prefix}, the uid and its output fields, per uid. */
    private void csvRows(StringBuilder prefix, EpochResult result, StringBuilder out) {
        for (int uid = 0; uid < result.n(); uid++) {
            out.append(prefix).append(uid).append(',').append(result.active(uid)).append(',')
                    .append(Long.toUnsignedString(result.stake(uid))).append(',')
                    .append(result.stakeWeight(uid)).append(',')
                    .append(result.consensus(uid)).append(',')
                    .append(result.validatorTrust(uid)).append(',')
                    .append(result.incentive(uid)).append(',')
                    .append(result.dividend(uid)).append(',')
                    .append(result.newValidatorPermit(uid)).append(',')
                    .append(Long.toUnsignedString(result.serverEmission(uid))).append(',')
                    .append(Long.toUnsignedString(result.validatorEmission(uid))).append(',')
                    .append(Long.toUnsignedString(result.emission(uid)));
            if (bonds) {
                Divergences.appendRow(result.bonds(), uid, out.append(','));
            }
            out.append('\n');
        }
    }

    /** Appends {@code prefix} (which ends with the uid's key), the uid and its output fields, per uid. */
    private void jsonRows(StringBuilder prefix, EpochResult result, StringBuilder out) {
        for (int uid = 0; uid < result.n(); uid++) {
            out.append(prefix).append(uid)
                    .append(",\"active\":").append(result.active(uid))
                    .append(",\"stake\":").append(Long.toUnsignedString(result.stake(uid)))
                    .append(",\"stake_weight\":").append(result.stakeWeight(uid))
                    .append(",\"consensus\":").append(result.consensus(uid))
                    .append(",\"validator_trust\":").append(result.validatorTrust(uid))
                    .append(",\"incentive\":").append(result.incentive(uid))
                    .append(",\"dividend\":").append(result.dividend(uid))
                    .append(",\"new_validator_permit\":").append(result.newValidatorPermit(uid))
                    .append(",\"server_emission\":").append(Long.toUnsignedString(result.serverEmission(uid)))
                    .append(",\"validator_emission\":").append(Long.toUnsignedString(result.validatorEmission(uid)))
                    .append(",\"emission\":").append(Long.toUnsignedString(result.emission(uid)));
            if (bonds) {
                SparseMatrix rows = result.bonds();
                out.append(",\"bonds\":[");
                for (int k = 0; k < rows.rowLength(uid); k++) {
                    out.append(k == 0 ? "[" : ",[").append(rows.column(uid, k)).append(',').append(rows.value(uid, k))
                            .append(']');
                }
                out.append(']');
            }
            out.append("}\n");
        }
    }
}
