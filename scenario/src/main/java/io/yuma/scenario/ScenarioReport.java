package io.yuma.scenario;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The report of a scenario run (SCENARIOS.md, "Report"): the weight schedule, then per variant side
 * by side the validators' dividends, the servers' incentive and the bonds of every validator-server
 * pair over the epochs, and a table of each validator's total dividends per variant with the base
 * validator highlighted.
 */
final class ScenarioReport {
    /** Variants drawn side by side at most; a sweep's others are in the table and the result files. */
    static final int MAX_PANELS = 6;
    private static final double U16 = 65535.0;
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private ScenarioReport() {
    }

    static String html(SimulationResult result) {
        Scenario scenario = result.scenario();
        List<String> validators = names(scenario, Role.VALIDATOR);
        List<String> servers = names(scenario, Role.SERVER);
        double[] x = new double[result.epochs()];
        Arrays.setAll(x, epoch -> epoch);
        int panels = Math.min(MAX_PANELS, result.variants().size());
        String more = result.variants().size() > panels ? " The first " + panels + " of " + result.variants().size()
                + " variants are drawn; results.csv holds them all." : "";
        List<ReportPage.Section> sections = new ArrayList<>();
        sections.add(new ReportPage.Section("Weight schedule",
                "Each validator's weights as set, as fractions of its row (the same in every variant).",
                validators.stream().map(v -> weightChart(result, x, v)).toList()));
        sections.add(new ReportPage.Section("Dividends per validator",
                "Each validator's dividend share (u16 / 65535) per epoch." + more,
                perVariant(result, panels, v -> perName(result, x, v, validators, "dividend",
                        EpochResult::dividend))));
        sections.add(new ReportPage.Section("Incentive per server",
                "Each server's incentive share (u16 / 65535) per epoch." + more,
                perVariant(result, panels, v -> perName(result, x, v, servers, "incentive",
                        EpochResult::incentive))));
        sections.add(new ReportPage.Section("Bonds per validator and server",
                "The bonds (EMA) each validator holds in each server after the epoch (u16 / 65535, mechanism 0)."
                        + more,
                perVariant(result, panels, v -> bondsChart(result, x, v, validators, servers))));
        String subtitle = scenario.note() + (scenario.source().isEmpty() ? "" : " Source: " + scenario.source() + ".")
                + " " + result.epochs() + " epochs, " + result.variants().size() + " variants.";
        return ReportPage.html("Scenario " + scenario.name(), subtitle, sections,
                List.of(totals(result, validators)));
    }

    private static List<String> names(Scenario scenario, Role role) {
        return scenario.neurons().stream().filter(n -> n.role() == role).map(Scenario.Neuron::name).toList();
    }

    private interface ChartOf {
        ReportPage.Chart of(int variant);
    }

    private static List<ReportPage.Chart> perVariant(SimulationResult result, int panels, ChartOf chart) {
        List<ReportPage.Chart> charts = new ArrayList<>();
        for (int v = 0; v < panels; v++) {
            charts.add(chart.of(v));
        }
        return charts;
    }

    /** The uid {@code name} holds at {@code epoch}, or -1. */
    private static int uidOf(SimulationResult result, int epoch, String name) {
        String[] names = result.neurons(epoch).names();
        for (int uid = 0; uid < names.length; uid++) {
            if (name.equals(names[uid])) {
                return uid;
            }
        }
        return -1;
    }

    private interface UidValue {
        int of(EpochResult result, int uid);
    }

    private static ReportPage.Chart perName(SimulationResult result, double[] x, int variant, List<String> names,
            String field, UidValue value) {
        List<ReportPage.Series> series = new ArrayList<>();
        for (String name : names) {
            series.add(new ReportPage.Series(name, over(result, name, epoch -> {
                int uid = uidOf(result, epoch, name);
                return uid < 0 ? Double.NaN : value.of(result.result(variant, epoch), uid) / U16;
            })));
        }
        return new ReportPage.Chart(result.variants().get(variant), field, x, series, new double[0]);
    }

    private static double[] over(SimulationResult result, String name, ToDoubleFunction<Integer> value) {
        double[] values = new double[result.epochs()];
        for (int epoch = 0; epoch < values.length; epoch++) {
            values[epoch] = value.applyAsDouble(epoch);
        }
        return values;
    }

    private static ReportPage.Chart weightChart(SimulationResult result, double[] x, String validator) {
        List<ReportPage.Series> series = new ArrayList<>();
        for (Scenario.Neuron target : result.scenario().neurons()) {
            double[] values = over(result, target.name(), epoch -> {
                int row = uidOf(result, epoch, validator);
                int column = uidOf(result, epoch, target.name());
                if (row < 0 || column < 0) {
                    return Double.NaN;
                }
                SparseMatrix weights = result.neurons(epoch).weights();
                double sum = 0;
                double mine = 0;
                for (int k = 0; k < weights.rowLength(row); k++) {
                    sum += weights.value(row, k);
                    mine += weights.column(row, k) == column ? weights.value(row, k) : 0;
                }
                return sum == 0 ? 0 : mine / sum;
            });
            if (Arrays.stream(values).anyMatch(v -> v > 0)) {
                series.add(new ReportPage.Series(target.name(), values));
            }
        }
        return new ReportPage.Chart(validator, "weight", x, series, new double[0]);
    }

    private static ReportPage.Chart bondsChart(SimulationResult result, double[] x, int variant,
            List<String> validators, List<String> servers) {
        List<ReportPage.Series> series = new ArrayList<>();
        for (String validator : validators) {
            for (String server : servers) {
                series.add(new ReportPage.Series(validator + " → " + server, over(result, server, epoch -> {
                    int row = uidOf(result, epoch, validator);
                    int column = uidOf(result, epoch, server);
                    if (row < 0 || column < 0) {
                        return Double.NaN;
                    }
                    SparseMatrix bonds = result.bonds(variant, epoch, 0);
                    for (int k = 0; k < bonds.rowLength(row); k++) {
                        if (bonds.column(row, k) == column) {
                            return bonds.value(row, k) / U16;
                        }
                    }
                    return 0;
                })));
            }
        }
        return new ReportPage.Chart(result.variants().get(variant), "bond", x, series, new double[0]);
    }

    /** {@code u64} read as unsigned. */
    private static BigInteger unsigned(long u64) {
        BigInteger value = BigInteger.valueOf(u64);
        return u64 < 0 ? value.add(TWO_TO_64) : value;
    }

    /** Each validator's validator_emission summed over the run, in alpha, per variant. */
    private static ReportPage.Table totals(SimulationResult result, List<String> validators) {
        List<String> columns = new ArrayList<>();
        columns.add("validator");
        columns.addAll(result.variants());
        List<List<String>> rows = new ArrayList<>();
        for (String validator : validators) {
            List<String> row = new ArrayList<>();
            row.add(validator);
            int[] uids = new int[result.epochs()];
            Arrays.setAll(uids, epoch -> uidOf(result, epoch, validator));
            for (int v = 0; v < result.variants().size(); v++) {
                BigInteger rao = BigInteger.ZERO;
                for (int epoch = 0; epoch < result.epochs(); epoch++) {
                    int uid = uids[epoch];
                    if (uid >= 0) {
                        rao = rao.add(unsigned(result.result(v, epoch).validatorEmission(uid)));
                    }
                }
                row.add(new BigDecimal(rao).divide(Amounts.RAO_PER_ALPHA).toPlainString());
            }
            rows.add(row);
        }
        String base = result.scenario().baseValidator();
        return new ReportPage.Table("Total dividends per validator (alpha, validator_emission summed over the run)",
                columns, rows, base == null ? -1 : validators.indexOf(base));
    }
}
