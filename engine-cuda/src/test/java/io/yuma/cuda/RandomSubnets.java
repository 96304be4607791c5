package io.yuma.cuda;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import java.util.SplittableRandom;

/**
 * Random subnet epochs for duelling the kernels against the reference, aimed at the cases the
 * kernels handle differently from a straight transcription: unsorted rows, repeated columns and
 * columns at or beyond n (transposes, running maxima, last-value-wins), stakes large enough to
 * wrap the I64F64 sum (negative active stake: the in-order column sums), ties (top-k ranks),
 * extreme hyperparameters (the wrapping EMA alpha), and every on/off switch. Case {@code (seed, n)}
 * is a pure function of its arguments.
 */
final class RandomSubnets {
    private RandomSubnets() {
    }

    static EpochInput generate(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        long current = pick(r, 1_000L, 5_000_000L, -1L, r.nextLong(1, 1L << 40));
        // a healthy subnet (everyone active, weights set after registration) reaches non-zero
        // consensus and so the liquid alpha and clipping paths; the others hit the masks
        boolean healthy = r.nextInt(3) == 0;
        int stakeMode = healthy ? 0 : r.nextInt(5);
        long[] alpha = new long[n];
        long[] tao = new long[n];
        long[] lastUpdate = new long[n];
        long[] registered = new long[n];
        long[] commit = new long[n];
        boolean[] permit = new boolean[n];
        for (int i = 0; i < n; i++) {
            alpha[i] = stake(r, stakeMode);
            tao[i] = stake(r, stakeMode);
            lastUpdate[i] = healthy ? current : near(r, current);
            registered[i] = healthy ? r.nextLong(0, 1_000) : near(r, current);
            permit[i] = healthy || r.nextInt(3) != 0;
        }
        for (int i = 0; i < n; i++) { // commits at, before and after registrations: the mask's edge
            long anyRegistration = registered[r.nextInt(n)];
            commit[i] = switch (r.nextInt(4)) {
                case 0 -> EpochInput.NO_COMMIT;
                case 1 -> anyRegistration;
                case 2 -> anyRegistration + r.nextInt(-1, 2);
                default -> near(r, current);
            };
            if (!healthy && r.nextInt(5) == 0) {
                lastUpdate[i] = anyRegistration;
            }
        }
        int low = u16(r);
        int high = u16(r);
        if (healthy && low > high) { // an ordered band, so alphas differ between entries
            int t = low;
            low = high;
            high = t;
        }
        return EpochInput.builder().n(n)
                .currentBlock(current)
                .tempo(r.nextInt(5) == 0 ? 65535 : r.nextInt(400))
                .activityCutoff(healthy ? 1_000_000L : pick(r, 0L, 5_000L, -1L, r.nextLong(0, 100_000)))
                .lastMechanismStepBlock(r.nextBoolean() ? 0 : near(r, current))
                .kappa(u16(r))
                .bondsPenalty(u16(r))
                .bondsMovingAverage(pick(r, 900_000L, 975_000L, 0L, 1_000_000L, 3_000_000L, -1L, Long.MIN_VALUE + 7,
                        r.nextLong(0, 2_000_000)))
                .liquidAlpha(healthy || r.nextBoolean())
                .yuma3(r.nextInt(3) != 0)
                .commitReveal(!healthy && r.nextInt(3) == 0)
                .alphaLow(low)
                .alphaHigh(high)
                .alphaSigmoidSteepness(r.nextInt(4) == 0 ? r.nextInt(-32768, 32768) : r.nextInt(-1000, 1001))
                .maxAllowedValidators(r.nextInt(5) == 0 ? 65535 : r.nextInt(n + 3))
                .stakeThreshold(pick(r, 0L, 1_000L, r.nextLong(0, 1L << 50)))
                .ownerUid(r.nextInt(4) == 0 ? -1 : r.nextInt(5) == 0 || n == 0 ? r.nextInt(n, 65536) : r.nextInt(n))
                .taoWeight(pick(r, 0L, -1L, 1L << 62, r.nextLong()))
                .raoEmission(pick(r, 0L, 1_000_000_000L, -1L, r.nextLong()))
                .alphaStake(alpha).taoStake(tao)
                .lastUpdate(lastUpdate).blockAtRegistration(registered).commitBlock(commit)
                .validatorPermit(permit)
                .weights(rows(r, n, true))
                .bonds(rows(r, n, false))
                .build();
    }

    private static SparseMatrix rows(SplittableRandom r, int n, boolean weights) {
        SparseMatrix.Builder m = new SparseMatrix.Builder(n);
        int density = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int length = density == 0 ? 0 : r.nextInt(4) == 0 ? 0 : r.nextInt(Math.min(n + 4, density * 12) + 1);
            int shape = r.nextInt(4); // 0: ascending, 1: random, 2: descending, 3: repeats
            int column = r.nextInt(Math.max(1, n));
            for (int k = 0; k < length; k++) {
                int j = switch (shape) {
                    case 0 -> column + k;
                    case 2 -> Math.max(0, column + length - k);
                    case 3 -> column + r.nextInt(3);
                    default -> r.nextInt(n + 6);
                };
                int value = r.nextInt(6) == 0 ? 0 : r.nextInt(6) == 0 ? 65535 : r.nextInt(65536);
                m.add(Math.min(j, 65535), weights || r.nextBoolean() ? value : r.nextInt(2000));
            }
            m.endRow();
        }
        return m.build();
    }

    private static long stake(SplittableRandom r, int mode) {
        return switch (mode) {
            case 0 -> r.nextLong(0, 1_000_000_000_000_000L);
            case 1 -> r.nextInt(3) == 0 ? 0 : r.nextLong(); // full u64: saturating and wrapping sums
            case 2 -> r.nextInt(4) * 1_000_000_000L;        // ties
            case 3 -> r.nextInt(2) == 0 ? 0 : Long.MAX_VALUE - r.nextInt(3);
            default -> r.nextLong(0, 1L << 20);
        };
    }

    private static long near(SplittableRandom r, long current) {
        long delta = r.nextLong(-3_000, 3_000);
        long value = current + delta;
        return (delta > 0 && Long.compareUnsigned(value, current) < 0) ? current : value;
    }

    private static int u16(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> 0;
            case 1 -> 65535;
            case 2 -> 32767;
            default -> r.nextInt(65536);
        };
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
