package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lane path for ascending rows ({@link SortedRowEma}) against the path that takes rows in any
 * order with the chain's scalar operations ({@link RunningMaximaEma}), row by row: bonds on the
 * weights' columns, on more or fewer columns, on a consecutive range overlapping them, absent; consecutive and scattered columns; columns
 * at or beyond n; values at 0 and 1 and outside [0, 1] (the scalar fallback); every row length
 * around the vector width.
 */
class SortedRowEmaTest {
    private static final int N = 96;
    /** u16 alpha bounds: the default, the widest, alpha always 0, always 1, and low above high. */
    private static final int[][] BOUNDS = {{45875, 58982}, {0, 65535}, {0, 0}, {65535, 65535}, {65535, 0}};

    @Test
    void lanesGiveTheGeneralPathsRowsOnEveryShapeOfAscendingRow() {
        long seed = 0x50A7EDL;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 400; round++) {
            boolean outside = round % 10 == 9;
            Rows rows = randomRows(random, outside);
            long[] consensus = new long[N];
            for (int j = 0; j < N; j++) {
                consensus[j] = value(random, outside && j % 17 == 0);
            }
            int steepness = round % 5 == 4 ? 3000 : 1000; // the exp series' long lanes beyond 13, else double lanes
            int[] bound = BOUNDS[round % BOUNDS.length];
            long low = I32F32.safeDiv(I32F32.fromInt(bound[0]), I32F32.fromInt(65535));
            long high = I32F32.safeDiv(I32F32.fromInt(bound[1]), I32F32.fromInt(65535));
            SparseRows expected = run(rows, consensus, low, high, steepness, false);
            SparseRows actual = run(rows, consensus, low, high, steepness, true);
            for (int i = 0; i < rows.newRows.rows; i++) {
                assertEquals(TestRows.describe(expected, i), TestRows.describe(actual, i),
                        "seed " + seed + ", round " + round + ", bounds " + Arrays.toString(bound) + ", row " + i + " (" + rows.shapes.get(i) + ")");
            }
        }
    }

    private static SparseRows run(Rows rows, long[] consensus, long low, long high, int steepness, boolean lanes) {
        Workspace w = new Workspace();
        w.ensure(N);
        w.liquidAlpha.begin(low, high, I32F32.fromInt(steepness));
        SortedRowEma sorted = new SortedRowEma(w);
        RunningMaximaEma general = new RunningMaximaEma(w);
        SparseRows out = new SparseRows();
        out.reset(rows.newRows.rows);
        for (int i = 0; i < rows.newRows.rows; i++) {
            if (lanes) {
                sorted.row(rows.newRows, rows.oldRows, i, N, consensus, out);
            } else {
                general.row(rows.newRows, rows.oldRows, i, N, consensus, out);
            }
        }
        return out;
    }

    private record Rows(SparseRows newRows, SparseRows oldRows, List<String> shapes) {
    }

    /** Rows of every shape the lane path distinguishes, each weight row ascending and not empty. */
    private static Rows randomRows(SplittableRandom random, boolean outside) {
        SparseRows newRows = new SparseRows();
        SparseRows oldRows = new SparseRows();
        List<String> shapes = new ArrayList<>();
        int rowCount = 12;
        newRows.reset(rowCount);
        oldRows.reset(rowCount);
        for (int i = 0; i < rowCount; i++) {
            int len = 1 + random.nextInt(20);
            int[] columns = random.nextBoolean() ? consecutive(random.nextInt(N - len + 1), len) : scattered(random, len);
            if (random.nextInt(6) == 0) { // the last columns at or beyond n
                columns[len - 1] = N + random.nextInt(3);
                if (len > 1 && random.nextBoolean()) {
                    columns[len - 2] = N - 1 + random.nextInt(columns[len - 1] - N + 1);
                    Arrays.sort(columns);
                    columns = Arrays.stream(columns).distinct().toArray();
                }
            }
            String bondShape = switch (random.nextInt(5)) {
                case 0 -> "same";
                case 1 -> "none";
                case 2 -> "more";
                case 3 -> "consecutive";
                default -> "fewer";
            };
            int[] bondColumns = switch (bondShape) {
                case "same" -> columns.clone();
                case "none" -> new int[0];
                case "consecutive" -> consecutive(random.nextInt(N), 1 + random.nextInt(N / 2)); // may pass n
                case "more" -> Arrays.stream(concat(columns, scattered(random, 1 + random.nextInt(8)))).distinct().sorted().toArray();
                default -> Arrays.stream(columns).filter(j -> random.nextInt(3) > 0).toArray();
            };
            shapes.add(columns.length + " weights " + (columns[columns.length - 1] == columns[0] + columns.length - 1
                    ? "consecutive" : "scattered") + ", bonds " + bondShape);
            fill(newRows, columns, random, outside);
            fill(oldRows, bondColumns, random, outside);
        }
        return new Rows(newRows, oldRows, shapes);
    }

    private static void fill(SparseRows m, int[] columns, SplittableRandom random, boolean outside) {
        m.reserve(columns.length);
        for (int j : columns) {
            m.push(j, value(random, outside && random.nextInt(8) == 0));
        }
        m.endRow();
    }

    private static long value(SplittableRandom random, boolean outside) {
        if (outside) {
            return switch (random.nextInt(4)) {
                case 0 -> -1 - random.nextLong(ONE);
                case 1 -> ONE + 1 + random.nextLong(ONE);
                case 2 -> Long.MAX_VALUE - random.nextInt(3);
                default -> Long.MIN_VALUE + random.nextInt(3);
            };
        }
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> ONE;
            default -> random.nextLong(ONE + 1);
        };
    }

    private static int[] consecutive(int first, int len) {
        int[] columns = new int[len];
        Arrays.setAll(columns, t -> first + t);
        return columns;
    }

    private static int[] scattered(SplittableRandom random, int len) {
        return random.ints(0, N).distinct().limit(len).sorted().toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
