package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Sparse rows of every shape the lane passes tell apart, for the tests that hold a lane pass to
 * the chain's scalar loop: whole consecutive rows, single runs (possibly passing the last
 * column), rows with gaps, short unsorted rows repeating columns, empty rows; values at 0, 1 and
 * in between, and on request outside [0, 1].
 */
final class TestRows {
    private TestRows() {
    }

    /**
     * @param random the generator
     * @param rows the rows
     * @param n the columns (a single run and an unsorted row may reach a few beyond)
     * @param outside whether about one value in ten lies outside [0, 1]
     * @return the rows
     */
    static SparseRows random(SplittableRandom random, int rows, int n, boolean outside) {
        SparseRows m = new SparseRows();
        m.reset(rows);
        for (int i = 0; i < rows; i++) {
            int[] columns = switch (random.nextInt(5)) {
                case 0 -> range(0, n);
                case 1 -> range(random.nextInt(n / 2), n / 2 + random.nextInt(n / 2 + 8));
                case 2 -> Arrays.stream(range(0, n)).filter(j -> random.nextInt(12) > 0).toArray();
                case 3 -> random.ints(0, n + 3).limit(random.nextInt(12)).toArray();
                default -> new int[0];
            };
            m.reserve(columns.length);
            for (int j : columns) {
                m.push(j, outside && random.nextInt(10) == 0 ? outsideUnitRange(random) : unitValue(random));
            }
            m.endRow();
        }
        return m;
    }

    /** A value in [0, 1], 0 and 1 often. */
    static long unitValue(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> ONE;
            default -> random.nextLong(ONE + 1);
        };
    }

    /** A value below 0 or above 1, up to a quarter of the range of a long. */
    static long outsideUnitRange(SplittableRandom random) {
        return random.nextBoolean() ? -1 - random.nextLong(ONE) : ONE + 1 + random.nextLong(Long.MAX_VALUE / 4);
    }

    /** The columns {@code from .. to - 1}. */
    static int[] range(int from, int to) {
        int[] columns = new int[Math.max(0, to - from)];
        Arrays.setAll(columns, t -> from + t);
        return columns;
    }

    /** Row {@code row} as {@code column=value} pairs, for assertion messages. */
    static String describe(SparseRows m, int row) {
        StringBuilder text = new StringBuilder();
        for (int k = m.start(row); k < m.end(row); k++) {
            text.append(m.col[k]).append('=').append(m.val[k]).append(' ');
        }
        return text.toString();
    }
}
