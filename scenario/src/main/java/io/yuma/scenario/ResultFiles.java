package io.yuma.scenario;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The per-uid result files of a run (SCENARIOS.md, "Outputs"): {@code results.csv} and
 * {@code results.jsonl} (a row per variant, epoch and uid, with the neuron's name and role), and
 * {@code bonds.csv} (a row per variant, epoch, mechanism and non-zero bond). Values are the
 * chain's integers, u64 printed unsigned. Streamed: memory does not grow with the rows.
 */
final class ResultFiles {
    static final List<String> COLUMNS = List.of("variant", "epoch", "uid", "name", "role", "stake", "active",
            "stake_weight", "consensus", "validator_trust", "incentive", "dividend", "new_validator_permit",
            "server_emission", "validator_emission", "emission");
    static final List<String> BOND_COLUMNS = List.of("variant", "epoch", "mechanism", "validator_uid", "validator",
            "server_uid", "server", "bond");

    private ResultFiles() {
    }

    static void writeResults(SimulationResult result, Path csv, Path jsonl) throws IOException {
        TextFields texts = new TextFields();
        try (RowOutput csvOut = new RowOutput(csv); RowOutput jsonOut = new RowOutput(jsonl)) {
            List<RowFormat> formats = List.of(RowFormat.csv(csvOut, texts, COLUMNS),
                    RowFormat.jsonLines(jsonOut, texts, COLUMNS));
            List<String> variants = result.variants();
            for (int v = 0; v < variants.size(); v++) {
                for (int epoch = 0; epoch < result.epochs(); epoch++) {
                    EpochResult r = result.result(v, epoch);
                    for (int uid = 0; uid < r.n(); uid++) {
                        for (RowFormat format : formats) {
                            row(format, variants.get(v), epoch, uid, result, r);
                        }
                    }
                }
            }
            for (RowFormat format : formats) {
                format.finish();
            }
        }
    }

    static void writeBonds(SimulationResult result, Path csv) throws IOException {
        TextFields texts = new TextFields();
        try (RowOutput out = new RowOutput(csv)) {
            RowFormat rows = RowFormat.csv(out, texts, BOND_COLUMNS);
            List<String> variants = result.variants();
            for (int v = 0; v < variants.size(); v++) {
                for (int epoch = 0; epoch < result.epochs(); epoch++) {
                    for (int m = 0; m < result.mechanisms(); m++) {
                        SparseMatrix bonds = result.bonds(v, epoch, m);
                        for (int row = 0; row < bonds.rows(); row++) {
                            for (int k = 0; k < bonds.rowLength(row); k++) {
                                long bond = bonds.value(row, k);
                                if (bond != 0) {
                                    int column = bonds.column(row, k);
                                    rows.text(variants.get(v));
                                    rows.signed(epoch);
                                    rows.signed(m);
                                    rows.signed(row);
                                    rows.text(nameOrEmpty(result, epoch, row));
                                    rows.signed(column);
                                    rows.text(nameOrEmpty(result, epoch, column));
                                    rows.signed(bond);
                                    rows.endRow();
                                }
                            }
                        }
                    }
                }
            }
            rows.finish();
        }
    }

    private static String nameOrEmpty(SimulationResult result, int epoch, int uid) {
        String name = result.name(epoch, uid);
        return name == null ? "" : name;
    }

    /** One row of {@link #COLUMNS}. */
    private static void row(RowFormat row, String variant, int epoch, int uid, SimulationResult result,
            EpochResult r) throws IOException {
        Role role = result.role(epoch, uid);
        row.text(variant);
        row.signed(epoch);
        row.signed(uid);
        row.text(nameOrEmpty(result, epoch, uid));
        row.text(role == null ? "" : role.word());
        row.unsigned(r.stake(uid));
        row.bool(r.active(uid));
        row.signed(r.stakeWeight(uid));
        row.signed(r.consensus(uid));
        row.signed(r.validatorTrust(uid));
        row.signed(r.incentive(uid));
        row.signed(r.dividend(uid));
        row.bool(r.newValidatorPermit(uid));
        row.unsigned(r.serverEmission(uid));
        row.unsigned(r.validatorEmission(uid));
        row.unsigned(r.emission(uid));
        row.endRow();
    }
}
