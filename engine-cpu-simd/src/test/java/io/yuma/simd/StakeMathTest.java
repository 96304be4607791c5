package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I64F64;
import io.yuma.fixed.Int128;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two-long stake arithmetic against the exact {@link I64F64} operations. */
class StakeMathTest {
    private static final long[] STAKES = {0, 1, 1_000_000_000L, 1L << 40, Long.MAX_VALUE, -1L, Long.MIN_VALUE, 123_456_789_012_345L};
    private static final long[] TAO_WEIGHTS = {0, 1, 3320413933267719168L, Long.MAX_VALUE, -2L, -1L};

    private static Int128 expectedTotal(long alpha, long tao, Int128 weight) {
        return I64F64.saturatingFromU64(alpha).saturatingAdd(I64F64.saturatingMul(I64F64.saturatingFromU64(tao), weight));
    }

    @Test
    void totalStakeMatchesSaturatingI64F64() {
        long seed = 21;
        SplittableRandom random = new SplittableRandom(seed);
        long[] hi = new long[1];
        long[] lo = new long[1];
        for (long taoWeight : TAO_WEIGHTS) {
            Int128 weight = new SubnetConstants().taoWeight(taoWeight);
            for (int k = 0; k < 2000; k++) {
                long alpha = k < STAKES.length * STAKES.length ? STAKES[k % STAKES.length] : random.nextLong();
                long tao = k < STAKES.length * STAKES.length ? STAKES[k / STAKES.length] : random.nextLong() >>> random.nextInt(64);
                StakeMath.totalStake(alpha, tao, weight, hi, lo, 0);
                assertEquals(expectedTotal(alpha, tao, weight), new Int128(hi[0], lo[0]),
                        "seed " + seed + ", alpha " + Long.toUnsignedString(alpha) + ", tao " + Long.toUnsignedString(tao)
                                + ", tao_weight " + Long.toUnsignedString(taoWeight));
            }
        }
    }

    @Test
    void normalizedStakeMatchesSafeDivThenCut() {
        long seed = 22;
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 50_000; k++) {
            Int128 sum = new Int128(random.nextLong() >>> random.nextInt(1, 64), random.nextLong());
            Int128 x = switch (k % 5) {
                case 0 -> sum;
                case 1 -> Int128.ZERO;
                case 2 -> new Int128(sum.hi(), sum.lo() - 1 == -1 ? 0 : sum.lo() - 1);
                case 3 -> new Int128(random.nextLong() >>> random.nextInt(1, 64), random.nextLong()); // may exceed the sum
                default -> new Int128(sum.hi() == 0 ? 0 : random.nextLong(sum.hi()), random.nextLong());
            };
            if (random.nextInt(20) == 0) {
                sum = new Int128(-1 - random.nextLong(1L << 40), random.nextLong()); // a wrapped, negative sum
            }
            long expected = I64F64.toI32F32Saturating(I64F64.safeDiv(x, sum));
            assertEquals(expected, StakeMath.normalizedToI32F32(x.hi(), x.lo(), sum.hi(), sum.lo()),
                    "seed " + seed + ", x " + x + ", sum " + sum);
        }
    }
}
