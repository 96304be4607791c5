package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The u16 conversion of the results against the chain's {@code fixed_proportion_to_u16}. */
class ResultWriterTest {
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
