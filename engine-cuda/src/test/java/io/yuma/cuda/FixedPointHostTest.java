package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import io.yuma.fixed.I64F64;
import io.yuma.fixed.I96F32;
import io.yuma.fixed.Int128;
import io.yuma.fixed.U96F32;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The kernels' fixed-point operations (yuma_fixed.cuh, yuma_wide.cuh), compiled for the CPU by
 * g++, against io.yuma.fixed on edge and random operands: products, quotients (the hand-written
 * 128/64 and 192/128 divisions), saturation, exp, and the stake and EMA-alpha conversions.
 */
class FixedPointHostTest {
    private static final long SEED = Long.getLong("yuma.test.seed", 20_260_701L);
    private static final int CASES = Integer.getInteger("yuma.cuda.fixedCases", 4000);
    private static final long[] EDGES = {0, 1, -1, 2, -2, I32F32.ONE, -I32F32.ONE, I32F32.HALF, I32F32.ONE + 1,
        I32F32.ONE - 1, I32F32.MAX, I32F32.MIN, I32F32.MAX - 1, I32F32.MIN + 1, 1L << 31, 1L << 32, 1L << 62,
        -(1L << 62), 20L << 32, -(20L << 32), (20L << 32) + 1, 65535L << 32, 0xFFFF_FFFFL, 1_000_000L};

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final StringBuilder input = new StringBuilder();
    private final List<String> expected = new ArrayList<>();

    @Test
    void kernelArithmeticMatchesIoYumaFixed() throws IOException, InterruptedException {
        Path program = HostBuild.program("yuma_fixed_check");
        for (int k = 0; k < CASES; k++) {
            long a = operand();
            long b = operand();
            long c = operand();
            add("sat_mul", I32F32.saturatingMul(a, b), a, b);
            add("checked_mul", I32F32.checkedMul(a, b, c), a, b, c);
            add("sat_add", I32F32.saturatingAdd(a, b), a, b);
            add("sat_sub", I32F32.saturatingSub(a, b), a, b);
            add("checked_div", I32F32.checkedDiv(a, b, c), a, b, c);
            if (b != 0) {
                add("sat_div", I32F32.saturatingDiv(a, b), a, b);
            }
            udiv(a, b, c);
            exp(k % 3 == 0 ? random.nextLong(-(24L << 32), 24L << 32) : a);
            add("to_u16", I32F32.toU16(a), a);
            add("mul_to_u64", I96F32.mulToU64(a, b), a, b);
            int u16 = random.nextInt(65536);
            add("u16_proportion", I32F32.safeDiv(I32F32.fromInt(u16), I32F32.fromInt(65535)), u16);
            stake(a, b, c);
            wide(a, b, c, operand());
            alphas(k % 2 == 0 ? random.nextLong(0, 3_000_000) : a);
        }
        List<String> actual = run(program);
        assertEquals(expected.size(), actual.size(), "one answer per operation");
        String[] lines = input.toString().split("\n");
        for (int i = 0; i < expected.size(); i++) {
            int line = i;
            assertEquals(expected.get(i), actual.get(i), () -> "seed " + SEED + ": " + lines[line]);
        }
    }

    private void udiv(long hi, long lo, long d) {
        if (d == 0) {
            return;
        }
        if (Long.compareUnsigned(hi, d) >= 0) {
            hi = Long.remainderUnsigned(hi, d);
        }
        java.math.BigInteger n = Int128.ofUnsigned(hi).toBigInteger().shiftLeft(64).or(Int128.ofUnsigned(lo).toBigInteger());
        add("udiv128", n.divide(Int128.ofUnsigned(d).toBigInteger()).longValue(), hi, lo, d);
    }

    private void exp(long x) {
        String value;
        try {
            value = Long.toString(I32F32.exp(x));
        } catch (ArithmeticException e) {
            value = "err";
        }
        expected.add(value);
        line("exp", x);
        long safe = Math.clamp(x, -(20L << 32), 20L << 32);
        long safeValue;
        try {
            safeValue = I32F32.exp(safe);
        } catch (ArithmeticException e) {
            safeValue = safe <= 0 ? 0 : I32F32.MAX;
        }
        add("exp_safe", safeValue, x);
    }

    private void stake(long alpha, long tao, long taoWeight) {
        Int128 weight = I64F64.saturatingFromU96F32(U96F32.safeDiv(U96F32.fromU64(taoWeight), U96F32.fromU64(-1L)));
        expected.add(weight.hi() + " " + weight.lo());
        line("tao_weight", taoWeight);
        Int128 total = I64F64.saturatingFromU64(alpha)
                .saturatingAdd(I64F64.saturatingMul(I64F64.saturatingFromU64(tao), weight));
        expected.add(total.hi() + " " + total.lo());
        line("total_stake", alpha, tao, taoWeight);
    }

    private void wide(long aHi, long aLo, long bHi, long bLo) {
        if (random.nextInt(3) == 0) { // the usual normalization shape: 0 <= x <= sum
            aHi = random.nextLong(0, 1L << 40);
            bHi = aHi + random.nextLong(0, 1L << 20);
        }
        Int128 a = new Int128(aHi, aLo);
        Int128 b = new Int128(bHi, bLo);
        Int128 q = I64F64.checkedDiv(a, b, null);
        expected.add(q == null ? "err" : q.hi() + " " + q.lo());
        line("i64f64_div", aHi, aLo, bHi, bLo);
        add("normalized_stake", I64F64.toI32F32Saturating(I64F64.safeDiv(a, b)), aHi, aLo, bHi, bLo);
        add("to_i32f32_saturating", I64F64.toI32F32Saturating(a), aHi, aLo);
    }

    private void alphas(long bma) {
        long average = I64F64.toI32F32Saturating(
                I64F64.safeDiv(I64F64.saturatingFromU64(bma), I64F64.saturatingFromU64(1_000_000L)));
        add("normal_ema_alpha", I32F32.saturatingSub(I32F32.ONE, average), bma);
        long wrapped = I64F64.toI32F32Wrapping(
                I64F64.saturatingDiv(I64F64.wrappingFromU64(bma), I64F64.wrappingFromU64(1_000_000L)));
        add("disabled_liquid_alpha", I32F32.saturatingSub(I32F32.ONE, wrapped), bma);
    }

    /** An edge value, a small one, a value near 1.0, or any 64 bits. */
    private long operand() {
        LongSupplier[] kinds = {
            () -> EDGES[random.nextInt(EDGES.length)],
            () -> random.nextLong(-(1L << 40), 1L << 40),
            () -> I32F32.ONE + random.nextLong(-1000, 1000),
            random::nextLong,
        };
        return kinds[random.nextInt(kinds.length)].getAsLong();
    }

    private void add(String op, long result, long... args) {
        expected.add(Long.toString(result));
        line(op, args);
    }

    private void line(String op, long... args) {
        input.append(op);
        for (long arg : args) {
            input.append(' ').append(arg);
        }
        input.append('\n');
    }

    private List<String> run(Path program) throws IOException, InterruptedException {
        Path in = Files.createTempFile("yuma-fixed", ".in");
        try {
            Files.writeString(in, input, StandardCharsets.US_ASCII);
            Process process = new ProcessBuilder(program.toString()).redirectInput(in.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            List<String> lines = output.lines().toList();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(program + " failed");
            }
            return lines;
        } finally {
            Files.delete(in);
        }
    }
}
