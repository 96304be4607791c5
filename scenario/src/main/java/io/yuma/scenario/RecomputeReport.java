package io.yuma.scenario;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report of a {@code yuma recompute} output directory (RECOMPUTE.md, "Outputs"): each
 * subnet's history, the uids' dividends and incentive over the epochs with every epoch that
 * diverged from its recorded output marked, and a table of divergences per subnet. Reads
 * {@code results.csv} streaming and keeps only the subnets drawn (those with divergences first),
 * so it works on outputs of any size.
 */
public final class RecomputeReport {
    /** Subnets drawn at most. */
    static final int MAX_SUBNETS = 12;
    /** Uids drawn per chart at most: those with the largest totals. */
    static final int MAX_UIDS = 8;
    private static final CsvMapper CSV = new CsvMapper();

    /** One subnet's values by epoch, per uid: [dividend, incentive]. */
    private static final class History {
        final TreeMap<Long, Map<Integer, int[]>> epochs = new TreeMap<>();
        final TreeSet<Long> divergent = new TreeSet<>();
        int divergences;
        String first = "";
    }

    private RecomputeReport() {
    }

    /**
     * Writes {@code DIR/report.html} for a recompute output directory, atomically (a temporary
     * file renamed into place).
     *
     * @param recomputeOutput the directory {@code yuma recompute} wrote
     * @return the report's path
     * @throws IOException when {@code results.csv} is missing (it is not written with
     *     {@code --results none} or {@code jsonl} alone) or a file cannot be read or written
     */
    public static Path write(Path recomputeOutput) throws IOException {
        Path results = recomputeOutput.resolve("results.csv");
        if (!Files.exists(results)) {
            throw new NoSuchFileException(results.toString(), null,
                    "the report draws results.csv: run yuma recompute with --results csv");
        }
        Map<String, History> histories = divergences(recomputeOutput.resolve("divergences.csv"));
        read(results, histories);
        String html = page(recomputeOutput, histories);
        Path report = recomputeOutput.resolve("report.html");
        Path partial = recomputeOutput.resolve("report.html.partial");
        Files.writeString(partial, html, StandardCharsets.UTF_8);
        return Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static MappingIterator<String[]> rows(Reader reader) throws IOException {
        return CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader);
    }

    /** The subnets with divergences, in the file's order, holding their divergent epochs. */
    private static Map<String, History> divergences(Path file) throws IOException {
        Map<String, History> histories = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return histories;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> rows = rows(reader)) {
            Columns columns = new Columns(file, rows.next(), "subnet", "epoch", "uid", "field");
            while (rows.hasNext()) {
                String[] row = rows.next();
                History history = drawn(histories, columns.get(row, "subnet"));
                if (history == null) {
                    continue;
                }
                history.divergent.add(Long.parseUnsignedLong(columns.get(row, "epoch")));
                if (history.divergences++ == 0) {
                    history.first = "epoch " + columns.get(row, "epoch") + ", uid " + columns.get(row, "uid") + ", "
                            + columns.get(row, "field");
                }
            }
        }
        return histories;
    }

    private static void read(Path file, Map<String, History> histories) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> rows = rows(reader)) {
            Columns columns = new Columns(file, rows.next(), "subnet", "epoch", "uid", "dividend", "incentive");
            while (rows.hasNext()) {
                String[] row = rows.next();
                History history = drawn(histories, columns.get(row, "subnet"));
                if (history == null) {
                    continue;
                }
                history.epochs.computeIfAbsent(Long.parseUnsignedLong(columns.get(row, "epoch")), e -> new TreeMap<>())
                        .put(Integer.parseInt(columns.get(row, "uid")), new int[] {
                            Integer.parseInt(columns.get(row, "dividend")),
                            Integer.parseInt(columns.get(row, "incentive"))});
            }
        }
    }

    /** The history of {@code subnet}, begun when fewer than {@link #MAX_SUBNETS} are drawn; else null. */
    private static History drawn(Map<String, History> histories, String subnet) {
        History history = histories.get(subnet);
        if (history == null && histories.size() < MAX_SUBNETS) {
            history = new History();
            histories.put(subnet, history);
        }
        return history;
    }

    /** A CSV header's column positions, checked for the columns the report needs. */
    private static final class Columns {
        private final Map<String, Integer> index = new LinkedHashMap<>();

        Columns(Path file, String[] header, String... needed) throws IOException {
            for (int i = 0; i < header.length; i++) {
                index.put(header[i], i);
            }
            for (String column : needed) {
                if (!index.containsKey(column)) {
                    throw new IOException(file + ": no column '" + column + "' in its header " + index.keySet()
                            + ": not a recompute output");
                }
            }
        }

        String get(String[] row, String column) {
            return row[index.get(column)];
        }
    }

    private static String page(Path dir, Map<String, History> histories) {
        List<ReportPage.Section> sections = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, History> entry : histories.entrySet()) {
            History history = entry.getValue();
            if (history.epochs.isEmpty()) {
                continue;
            }
            double[] x = history.epochs.keySet().stream().mapToDouble(Long::doubleValue).toArray();
            double[] markers = history.divergent.stream().mapToDouble(Long::doubleValue).toArray();
            String marked = history.divergent.isEmpty() ? "No epoch diverged."
                    : history.divergent.size() + " divergent epochs, marked in red.";
            sections.add(new ReportPage.Section("Subnet " + entry.getKey(), marked, List.of(
                    chart("dividend", 0, history, x, markers), chart("incentive", 1, history, x, markers))));
            rows.add(List.of(entry.getKey(), Integer.toString(history.epochs.size()),
                    Integer.toString(history.divergent.size()), Integer.toString(history.divergences),
                    history.first));
        }
        ReportPage.Table table = new ReportPage.Table("Divergences per subnet (the first " + MAX_SUBNETS
                + " subnets, those with divergences first)", List.of("subnet", "epochs", "divergent epochs",
                        "divergences", "first divergence"), rows, -1);
        return ReportPage.html("Recompute " + dir.getFileName(), "Each subnet's history as recomputed, from "
                + dir + ". Epochs whose computed output differs from the recorded one are marked.", sections,
                List.of(table));
    }

    private static ReportPage.Chart chart(String field, int which, History history, double[] x, double[] markers) {
        Map<Integer, Long> totals = new TreeMap<>();
        history.epochs.values().forEach(uids -> uids.forEach((uid, values) -> totals.merge(uid,
                (long) values[which], Long::sum)));
        List<Integer> top = totals.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue(Comparator.reverseOrder())).limit(MAX_UIDS)
                .map(Map.Entry::getKey).sorted().toList();
        List<ReportPage.Series> series = new ArrayList<>();
        for (int uid : top) {
            double[] values = new double[x.length];
            int i = 0;
            for (Map<Integer, int[]> uids : history.epochs.values()) {
                int[] v = uids.get(uid);
                values[i++] = v == null ? Double.NaN : v[which] / 65535.0;
            }
            series.add(new ReportPage.Series("uid " + uid, values));
        }
        if (series.isEmpty()) {
            double[] zeros = new double[x.length];
            Arrays.fill(zeros, 0);
            series.add(new ReportPage.Series("no uid", zeros));
        }
        return new ReportPage.Chart(field + " (top " + MAX_UIDS + " uids)", field, x, series, markers);
    }
}
