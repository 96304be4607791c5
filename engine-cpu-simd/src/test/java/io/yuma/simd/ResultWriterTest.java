package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The u16 conversion of the results against the chain's {@code fixed_proportion_to_u16}, one value
 * at a time and as bond rows are stored (on lanes where every value of a vector allows).
 */
class ResultWriterTest {
    @Test
    void storedBondRowsAreTheChainsColumnsAndProportions() {
        long seed = 0xB0D5L;
        SplittableRandom random = new SplittableRandom(seed);
        long[] edges = {0, 1, I32F32.ONE - 1, I32F32.ONE, I32F32.ONE + 1, (1L << 47) - 1, 1L << 47, Long.MAX_VALUE, -1,
            Long.MIN_VALUE, 65535L * 65537, 65535L * 65537 + 1,
            (1L << 48) + 3 * (1L << 31)}; // (x << 16) - x wraps to a product below 65535 * 2^32
        for (int round = 0; round < 2_000; round++) {
            int len = random.nextInt(0, 40);
            boolean rare = random.nextInt(4) == 0; // a few vectors with a value outside the lanes' range
            SparseRows ema = new SparseRows();
            ema.reset(1);
            ema.reserve(len);
            for (int k = 0; k < len; k++) {
                long value = !rare || random.nextInt(8) != 0 ? random.nextLong(I32F32.ONE + 1)
                        : random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong(1L << 47, 1L << 62);
                ema.push(random.nextInt(65536), value);
            }
            ema.endRow();
            int at = random.nextInt(0, 5); // where the row's first entry goes
            short[] columns = new short[at + len];
            short[] values = new short[at + len];
            assertEquals(at + len, ResultWriter.storeRow(ema, 0, len, columns, values, at), "seed " + seed);
            for (int k = 0; k < len; k++) {
                String where = "seed " + seed + ", round " + round + ", entry " + k;
                assertEquals((short) ema.col[k], columns[at + k], where);
                assertEquals((short) I32F32.fixedProportionToU16(ema.val[k]), values[at + k], where + ", value " + ema.val[k]);
            }
        }
    }

    @Test
    void proportionToU16IsTheChains() {
        long seed = 0x0016L;
        SplittableRandom random = new SplittableRandom(seed);
        LongStream edges = LongStream.of(0, 1, I32F32.ONE - 1, I32F32.ONE, I32F32.ONE + 1, 2 * I32F32.ONE, (1L << 47) - 1,
                1L << 47, Long.MAX_VALUE, -1, Long.MIN_VALUE, 65536L, 65537L, 0xFFFF_FFFFL, I32F32.ONE / 65535 * 65535);
        LongStream randoms = LongStream.generate(() -> switch (random.nextInt(4)) {
            case 0 -> random.nextLong(I32F32.ONE + 1);
            case 1 -> random.nextLong(1L << 48);
            case 2 -> random.nextLong();
            default -> I32F32.u16ProportionToFixed(random.nextInt(65536)) + random.nextInt(-2, 3);
        }).limit(200_000);
        LongStream.concat(edges, randoms).forEach(x -> assertEquals(I32F32.fixedProportionToU16(x),
                ResultWriter.proportionToU16(x), "seed " + seed + ", x " + x));
    }
}
