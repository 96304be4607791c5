package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The column sums that the passes producing a matrix gather on the way (for the column
 * normalization that follows) against {@link Lanes#addColumnSums} over the matrix they produced:
 * same saturating additions, same order, on random rows with columns beyond n and saturating
 * values.
 */
class FusedColumnSumsTest {
    private static final long SEED = 0xC015;

    private static SparseRows randomRows(SplittableRandom random, int rows, int n) {
        SparseRows m = new SparseRows();
        m.reset(rows);
        for (int i = 0; i < rows; i++) {
            int entries = random.nextInt(0, 2 * n);
            m.reserve(entries);
            for (int e = 0; e < entries; e++) {
                int j = random.nextInt(12) == 0 ? n + random.nextInt(3) : random.nextInt(n); // some beyond n
                long value = switch (random.nextInt(5)) {
                    case 0 -> Long.MAX_VALUE - random.nextInt(5); // saturating sums and products
                    case 1 -> -random.nextLong(I32F32.ONE);
                    default -> random.nextLong(I32F32.ONE + 1);
                };
                m.push(j, value);
            }
            m.endRow();
        }
        return m;
    }

    private static long[] sumsOf(SparseRows m, int columns) {
        long[] sums = new long[Lanes.COLUMN_SPACE];
        Lanes.addColumnSums(m, columns, sums);
        return sums;
    }

    @Test
    void hadamardSumsAreTheSumsOfItsProduct() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(1, 30);
            SparseRows m = randomRows(random, n, n);
            long[] factor = random.longs(n, 0, 2 * I32F32.ONE).toArray();
            factor[0] = Long.MAX_VALUE;
            long[] sums = new long[Lanes.COLUMN_SPACE];
            SparseRows out = new SparseRows();
            SparseMath.rowHadamardSparse(m, factor, n, sums, out);
            assertArrayEquals(sumsOf(out, n), sums, "seed " + SEED + ", round " + round);
        }
    }

    @Test
    void emaSumsAreTheSumsOfTheEmaBonds() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(1, 30);
            SparseRows newRows = randomRows(random, n, n);
            SparseRows oldRows = randomRows(random, n, n);
            long alpha = random.nextLong(I32F32.ONE + 1);
            long[] sums = new long[Lanes.COLUMN_SPACE];
            SparseRows out = new SparseRows();
            FixedAlphaEma.matEmaSparse(newRows, oldRows, n, alpha, new long[n], sums, out);
            assertArrayEquals(sumsOf(out, n), sums, "seed " + SEED + ", round " + round + ", alpha " + alpha);
        }
    }
}
