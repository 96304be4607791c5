package io.yuma.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The per-uid result files of a run (SCENARIOS.md, "Outputs"): {@code results.csv} and
 * {@code results.jsonl} (a row per variant, epoch and uid, with the neuron's name and role), and
 * {@code bonds.csv} (a row per variant, epoch, mechanism and non-zero bond). Values are the
 * chain's integers, u64 printed unsigned.
 */
final class ResultFiles {
    static final List<String> COLUMNS = List.of("variant", "epoch", "uid", "name", "role", "stake", "active",
            "stake_weight", "consensus", "validator_trust", "incentive", "dividend", "new_validator_permit",
            "server_emission", "validator_emission", "emission");
    static final List<String> BOND_COLUMNS = List.of("variant", "epoch", "mechanism", "validator_uid", "validator",
            "server_uid", "server", "bond");
    /** Quotes a field only when it needs it (a comma, a quote, a line break), as recompute's CSV does. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final JsonFactory JSON = new JsonFactory();

    private ResultFiles() {
    }

    static void writeResults(SimulationResult result, Path csv, Path jsonl) throws IOException {
        try (Writer csvOut = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                SequenceWriter rows = csvWriter(csvOut, COLUMNS);
                BufferedWriter jsonOut = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
                JsonGenerator json = JSON.createGenerator(jsonOut)) {
            // One object a line: the generator's root separator is the line break.
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            List<String> variants = result.variants();
            for (int v = 0; v < variants.size(); v++) {
                for (int epoch = 0; epoch < result.epochs(); epoch++) {
                    EpochResult r = result.result(v, epoch);
                    for (int uid = 0; uid < r.n(); uid++) {
                        String[] row = row(variants.get(v), epoch, uid, result, r);
                        rows.write(row);
                        writeJson(json, row);
                    }
                }
            }
            json.flush();
            jsonOut.newLine();
        }
    }

    static void writeBonds(SimulationResult result, Path csv) throws IOException {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                SequenceWriter rows = csvWriter(out, BOND_COLUMNS)) {
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
                                    rows.write(new String[] {variants.get(v), Integer.toString(epoch),
                                        Integer.toString(m), Integer.toString(row), nameOrEmpty(result, epoch, row),
                                        Integer.toString(column), nameOrEmpty(result, epoch, column),
                                        Long.toString(bond)});
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static SequenceWriter csvWriter(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return CSV.writerFor(String[].class).with(schema.build()).writeValues(out);
    }

    private static String nameOrEmpty(SimulationResult result, int epoch, int uid) {
        String name = result.name(epoch, uid);
        return name == null ? "" : name;
    }

    private static String[] row(String variant, int epoch, int uid, SimulationResult result, EpochResult r) {
        Role role = result.role(epoch, uid);
        return new String[] {variant, Integer.toString(epoch), Integer.toString(uid), nameOrEmpty(result, epoch, uid),
            role == null ? "" : role.word(), Long.toUnsignedString(r.stake(uid)), Boolean.toString(r.active(uid)),
            Integer.toString(r.stakeWeight(uid)), Integer.toString(r.consensus(uid)),
            Integer.toString(r.validatorTrust(uid)), Integer.toString(r.incentive(uid)),
            Integer.toString(r.dividend(uid)), Boolean.toString(r.newValidatorPermit(uid)),
            Long.toUnsignedString(r.serverEmission(uid)), Long.toUnsignedString(r.validatorEmission(uid)),
            Long.toUnsignedString(r.emission(uid))};
    }

    /** One JSON Lines object: text columns as strings, the others as JSON numbers and booleans. */
    private static void writeJson(JsonGenerator json, String[] row) throws IOException {
        json.writeStartObject();
        for (int c = 0; c < row.length; c++) {
            String column = COLUMNS.get(c);
            json.writeFieldName(column);
            switch (column) {
                case "variant", "name", "role" -> json.writeString(row[c]);
                case "active", "new_validator_permit" -> json.writeBoolean(Boolean.parseBoolean(row[c]));
                default -> json.writeNumber(row[c]);
            }
        }
        json.writeEndObject();
    }
}
