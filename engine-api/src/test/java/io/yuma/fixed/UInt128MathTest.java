package io.yuma.fixed;

import static io.yuma.fixed.FixedModel.hex;
import static io.yuma.fixed.FixedModel.unsigned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link UInt128Math#divideUnsigned} against BigInteger division. */
class UInt128MathTest {

    private static long expected(long hi, long lo, long divisor) {
        BigInteger dividend = unsigned(hi).shiftLeft(64).add(unsigned(lo));
        BigInteger q = dividend.divide(unsigned(divisor));
        if (q.bitLength() > 64) {
            throw new IllegalStateException("test generated hi >= divisor");
        }
        return q.longValue();
    }

    private static void check(long hi, long lo, long divisor, String msg) {
        assertEquals(hex(expected(hi, lo, divisor)), hex(UInt128Math.divideUnsigned(hi, lo, divisor)),
                msg + " hi=" + hex(hi) + " lo=" + hex(lo) + " divisor=" + hex(divisor));
    }

    @Test
    void handWorkedQuotients() {
        // 2^64 / 2 = 2^63
        assertEquals(Long.MIN_VALUE, UInt128Math.divideUnsigned(1, 0, 2));
        // the largest legal dividend for divisor D = 2^64 - 1 is (D - 1):(2^64 - 1) = D * 2^64 - 1,
        // whose quotient is 2^64 - 1
        assertEquals(-1L, UInt128Math.divideUnsigned(-2L, -1L, -1L));
        // (D - 1)(D + 1) / D = D - 1/D, which truncates to D - 1 = 0xFFFF_FFFF_FFFF_FFFE
        assertEquals(-2L, UInt128Math.divideUnsigned(-2L, 0L, -1L));
        // divisor 2^63 (normalisation shift 0): (2^63 - 1) * 2^64 / 2^63 = 2^64 - 2; (2^127 - 1) / 2^63 -> 2^64 - 1
        assertEquals(0xFFFF_FFFF_FFFF_FFFEL, UInt128Math.divideUnsigned(Long.MAX_VALUE, 0, Long.MIN_VALUE));
        assertEquals(-1L, UInt128Math.divideUnsigned(Long.MAX_VALUE, -1L, Long.MIN_VALUE));
        // hi == 0 takes the 64-bit path, with unsigned semantics
        assertEquals(1L, UInt128Math.divideUnsigned(0, -1L, -1L));
        assertEquals(Long.MAX_VALUE, UInt128Math.divideUnsigned(0, -1L, 2));
        assertEquals(-1L, UInt128Math.divideUnsigned(0, -1L, 1));
        // I32F32 use: (1 << 32) << 32 / 3 = 2^64 / 3 = 0x5555_5555_5555_5555
        assertEquals(0x5555_5555_5555_5555L, UInt128Math.divideUnsigned(1, 0, 3));
    }

    @Test
    void knownCorrectionVectors() {
        // q1 and q0 both need two corrections of the trial digit (found by search over a port of divlu)
        check(0x3d55154ef5fL, 0x4a80754646273141L, 0x42dfffffffeL, "two corrections");
        // trial digit >= 2^32: divisor high half all ones, hi just below divisor
        check(0x7FFF_FFFF_FFFF_FFFEL, 0xFFFF_FFFF_FFFF_FFFFL, 0x7FFF_FFFF_FFFF_FFFFL, "q1 capped");
        check(0xFFFF_FFFF_0000_0000L, 0L, 0xFFFF_FFFF_0000_0001L, "q1 capped, shift 0");
        check(0x8000_0000_0000_0000L, 0x0000_0000_0000_0003L, 0x8000_0000_0000_0001L, "shift 0");
        check(0x0000_0000_FFFF_FFFEL, 0xFFFF_FFFF_FFFF_FFFFL, 0x0000_0000_FFFF_FFFFL, "32-bit divisor");
        check(0, 0, 1, "zero dividend");
        check(0, 0, -1L, "zero dividend, big divisor");
        check(1, 0, Long.MIN_VALUE, "2^64 / 2^63");
    }

    @Test
    void randomizedAgainstBigInteger() {
        long seed = 0x5EED_D001L;
        Random random = new Random(seed);
        for (int i = 0; i < 60_000; i++) {
            long divisor;
            switch (random.nextInt(6)) {
                case 0 -> divisor = random.nextLong() | Long.MIN_VALUE; // high bit set: normalisation shift 0
                case 1 -> divisor = 1 + random.nextInt(1000); // small divisors
                case 2 -> divisor = random.nextLong() >>> random.nextInt(64); // every shift
                case 3 -> divisor = (random.nextLong() & ~0xFFFF_FFFFL) | new long[] {0, 1, 0xFFFF_FFFFL, 0xFFFF_FFFEL}[random.nextInt(4)];
                case 4 -> divisor = FixedModel.edgeLong(random);
                default -> divisor = random.nextLong();
            }
            if (divisor == 0) {
                divisor = 1;
            }
            long hi;
            switch (random.nextInt(5)) {
                case 0 -> hi = divisor - 1; // largest legal hi
                case 1 -> hi = 0;
                case 2 -> hi = Long.remainderUnsigned(FixedModel.edgeLong(random), divisor);
                default -> hi = Long.remainderUnsigned(random.nextLong(), divisor);
            }
            long lo = random.nextBoolean() ? random.nextLong() : FixedModel.edgeLong(random);
            check(hi, lo, divisor, "seed=" + hex(seed) + " case=" + i);
        }
    }

    @Test
    void everyNormalisationShiftWithMaximalQuotients() {
        long seed = 0x5EED_D002L;
        Random random = new Random(seed);
        for (int shift = 0; shift < 64; shift++) {
            for (int j = 0; j < 200; j++) {
                long divisor = (random.nextLong() | Long.MIN_VALUE) >>> shift;
                long hi = j % 2 == 0 ? divisor - 1 : Long.remainderUnsigned(random.nextLong(), divisor);
                long lo = j % 3 == 0 ? -1L : random.nextLong();
                check(hi, lo, divisor, "seed=" + hex(seed) + " shift=" + shift + " j=" + j);
            }
        }
    }
}
