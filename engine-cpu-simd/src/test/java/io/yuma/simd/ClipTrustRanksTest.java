package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fused clip, trust and ranks pass against a transcription of the chain's three steps
 * ({@code col_clip_sparse}, {@code row_sum_sparse}, {@code matmul_sparse}) on rows of every shape:
 * whole consecutive rows, rows with gaps, short runs, unsorted rows repeating a column, weights
 * and stakes at 0, 1 and outside [0, 1], consensus at or below zero (dropped weights), and ranks
 * that saturate.
 */
class ClipTrustRanksTest {
    private static final int N = 80;

    @Test
    void fusedPassGivesTheChainsClippedWeightsTrustAndRanks() {
        long seed = 0xC11BL;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 500; round++) {
            int kind = round % 5; // 0-2 in range, 3 values outside [0, 1], 4 huge values that saturate ranks
            SparseRows weights = randomWeights(random, kind);
            long[] consensus = new long[N];
            for (int j = 0; j < N; j++) {
                consensus[j] = switch (random.nextInt(10)) {
                    case 0 -> 0;
                    case 1 -> -1 - random.nextLong(ONE);
                    case 2 -> ONE;
                    default -> random.nextLong(ONE + 1);
                };
            }
            long[] stake = new long[N];
            for (int i = 0; i < N; i++) {
                stake[i] = switch (random.nextInt(kind >= 3 ? 4 : 8)) {
                    case 0 -> ONE;
                    case 1 -> 0;
                    case 2 -> kind == 4 ? Long.MAX_VALUE / 3 : ONE + 1 + random.nextLong(ONE);
                    case 3 -> -1 - random.nextLong(ONE);
                    default -> random.nextLong(ONE + 1);
                };
            }
            SparseRows expectedClipped = new SparseRows();
            long[] expectedTrust = new long[N];
            long[] expectedRanks = new long[N];
            chainSteps(weights, consensus, stake, expectedClipped, expectedTrust, expectedRanks);
            SparseRows clipped = new SparseRows();
            long[] trust = new long[N];
            long[] ranks = new long[N];
            Arrays.fill(ranks, 12345); // every rank is written
            new ClipTrustRanks().compute(weights, consensus, stake, N, clipped, trust, ranks);
            String where = "seed " + seed + ", round " + round;
            for (int i = 0; i < N; i++) {
                assertEquals(TestRows.describe(expectedClipped, i), TestRows.describe(clipped, i), where + ", clipped row " + i);
            }
            assertArrayEquals(expectedTrust, trust, where + ", trust");
            assertArrayEquals(expectedRanks, ranks, where + ", ranks");
        }
    }

    /** The chain's three steps as it writes them, one after the other. */
    private static void chainSteps(SparseRows weights, long[] consensus, long[] stake, SparseRows clipped, long[] trust,
            long[] ranks) {
        clipped.reset(weights.rows);
        clipped.reserve(weights.size);
        for (int i = 0; i < weights.rows; i++) {
            for (int k = weights.start(i); k < weights.end(i); k++) {
                long value = weights.val[k];
                long threshold = consensus[weights.col[k]];
                if (threshold < value) {
                    if (threshold > 0) {
                        clipped.push(weights.col[k], threshold);
                    }
                } else {
                    clipped.push(weights.col[k], value);
                }
            }
            clipped.endRow();
        }
        for (int i = 0; i < clipped.rows; i++) {
            long sum = 0;
            for (int k = clipped.start(i); k < clipped.end(i); k++) {
                sum += clipped.val[k];
            }
            trust[i] = sum;
        }
        for (int i = 0; i < clipped.rows; i++) {
            for (int k = clipped.start(i); k < clipped.end(i); k++) {
                int j = clipped.col[k];
                ranks[j] = I32F32.saturatingAdd(ranks[j], I32F32.saturatingMul(stake[i], clipped.val[k]));
            }
        }
    }

    private static SparseRows randomWeights(SplittableRandom random, int kind) {
        SparseRows m = new SparseRows();
        m.reset(N);
        for (int i = 0; i < N; i++) {
            int[] columns = switch (random.nextInt(5)) {
                case 0 -> TestRows.range(0, N); // a whole row
                case 1 -> TestRows.range(random.nextInt(N / 2), N / 2 + random.nextInt(N / 2)); // one run
                case 2 -> TestRows.range(0, N).clone(); // gaps, below
                case 3 -> random.ints(0, N).limit(random.nextInt(12)).toArray(); // unsorted, repeats
                default -> new int[0];
            };
            if (columns.length == N && random.nextBoolean()) {
                int gaps = 1 + random.nextInt(4);
                for (int g = 0; g < gaps; g++) {
                    columns[random.nextInt(N)] = -1;
                }
                columns = Arrays.stream(columns).filter(j -> j >= 0).toArray();
            }
            m.reserve(columns.length);
            for (int j : columns) {
                m.push(j, weight(random, kind));
            }
            m.endRow();
        }
        return m;
    }

    private static long weight(SplittableRandom random, int kind) {
        if (kind == 3 && random.nextInt(10) == 0) {
            return random.nextBoolean() ? -1 - random.nextLong(ONE) : ONE + 1 + random.nextLong(ONE);
        }
        if (kind == 4 && random.nextInt(3) == 0) {
            return Long.MAX_VALUE / 2 + random.nextLong(Long.MAX_VALUE / 2);
        }
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> ONE;
            default -> random.nextLong(ONE + 1);
        };
    }
}
