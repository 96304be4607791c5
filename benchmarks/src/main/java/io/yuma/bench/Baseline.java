package io.yuma.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chain's native time per epoch on each benchmark input, read from the table in
 * {@code benchmarks/inputs/BASELINE.md}: the one place that holds them. A row is
 * {@code | ID | n | validators | path | TIME |}, its time a number and a unit ({@code us},
 * {@code ms} or {@code s}).
 */
final class Baseline {
    /** The file's name beside the inputs. */
    static final String FILE = "BASELINE.md";
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|ms|s)");

    private Baseline() {
    }

    /** The figures, read on first use. */
    private static final class Loaded {
        static final Map<String, Long> NANOS = BenchFiles.read(FILE, file -> parse(Files.readAllLines(file)));
    }

    /**
     * The chain's time for one epoch of {@code input}, in nanoseconds.
     *
     * @param input a benchmark input
     * @return its figure from BASELINE.md
     * @throws IllegalStateException when BASELINE.md cannot be found or does not list every input
     */
    static long chainNanos(BenchInput input) {
        return Loaded.NANOS.get(input.id());
    }

    /**
     * The figures of BASELINE.md's table, by input id.
     *
     * @param lines the file's lines
     * @return the chain's nanoseconds per epoch of every {@link BenchInput}
     * @throws IllegalStateException when an input has no row, or its time does not parse
     */
    static Map<String, Long> parse(List<String> lines) {
        Map<String, Long> nanos = new HashMap<>();
        for (String line : lines) {
            List<String> cells = Arrays.stream(line.split("\\|")).map(String::trim).toList();
            if (!line.startsWith("|") || cells.size() < 3 || BenchInput.find(cells.get(1)).isEmpty()) {
                continue;
            }
            String time = cells.getLast();
            Matcher m = TIME.matcher(time);
            if (!m.matches()) {
                throw new IllegalStateException(FILE + ", row " + cells.get(1) + ": '" + time
                        + "' is not a time such as 19.8 ms");
            }
            long perUnit = switch (m.group(2)) {
                case "us" -> 1_000L;
                case "ms" -> 1_000_000L;
                default -> 1_000_000_000L;
            };
            nanos.put(cells.get(1), new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(perUnit)).longValue());
        }
        for (BenchInput input : BenchInput.values()) {
            if (!nanos.containsKey(input.id())) {
                throw new IllegalStateException(FILE + " has no row for benchmark input " + input.id());
            }
        }
        return Map.copyOf(nanos);
    }
}
