package io.yuma.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The one place where numbers as people write them become the chain's integers (SCENARIOS.md,
 * "Numbers"). Every number is parsed from the text written in the file as a {@link BigDecimal}
 * (never through a binary float), then converted exactly once:
 * <ul>
 * <li>amounts (stakes, emission) in alpha are multiplied by 10^9 and must come out whole: a
 *     finer amount than one rao is an error, not rounded; in rao they must be integers;</li>
 * <li>fractions (kappa, bonds_penalty, alpha_low, ...) are multiplied by the field's scale
 *     (65535, 1,000,000 or 2^64 - 1) and rounded down, as the chain's own conversions from fixed
 *     point truncate; {@code a/b} is read as an exact rational, so {@code 32767/65535} is kappa
 *     32767 exactly;</li>
 * <li>a weight row is scaled so its largest entry becomes 65535 (u16::MAX) and each entry is
 *     rounded to the nearest integer, ties to even, as a client normalizes weights before
 *     {@code set_weights}; the chain's own max-upscale then leaves the row unchanged.</li>
 * </ul>
 */
final class Amounts {
    /** Rao per alpha (and per TAO). */
    static final BigDecimal RAO_PER_ALPHA = BigDecimal.TEN.pow(9);
    static final BigInteger U16_MAX = BigInteger.valueOf(0xFFFF);
    static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** How amounts are written in a scenario file. */
    enum Unit {
        /** Decimal alpha (or TAO): 0.8 is 800,000,000 rao. */
        ALPHA,
        /** Whole rao, the chain's integers. */
        RAO
    }

    private Amounts() {
    }

    /** A decimal number as written, or an error naming the field. */
    static BigDecimal decimal(Node node) {
        String text = node.text().strip().replace("_", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw node.error("'" + node.text() + "' is not a number");
        }
    }

    /** An amount in rao (u64), from {@code unit}. */
    static long rao(Node node, Unit unit) {
        BigDecimal value = decimal(node);
        if (value.signum() < 0) {
            throw node.error("amount " + node.text() + " is negative");
        }
        BigDecimal rao = unit == Unit.ALPHA ? value.multiply(RAO_PER_ALPHA) : value;
        BigInteger whole;
        try {
            whole = rao.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw node.error("amount " + node.text() + (unit == Unit.ALPHA
                    ? " is finer than one rao (10^-9 alpha): give at most 9 decimals"
                    : " is not a whole number of rao (amounts: rao)"));
        }
        if (whole.compareTo(U64_MAX) > 0) {
            throw node.error("amount " + node.text() + " is " + whole + " rao, above u64::MAX");
        }
        return whole.longValue();
    }

    /** A fraction in [0, 1] (decimal or {@code a/b}) times {@code scale}, rounded down. */
    static BigInteger fraction(Node node, BigInteger scale) {
        String text = node.text().strip();
        BigDecimal numerator;
        BigDecimal denominator = BigDecimal.ONE;
        int slash = text.indexOf('/');
        try {
            if (slash >= 0) {
                numerator = new BigDecimal(text.substring(0, slash).strip());
                denominator = new BigDecimal(text.substring(slash + 1).strip());
            } else {
                numerator = new BigDecimal(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            throw node.error("'" + text + "' is not a fraction (a decimal such as 0.5, or a/b such as 32767/65535)");
        }
        if (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
            throw node.error("'" + text + "' is not a fraction between 0 and 1");
        }
        return new BigDecimal(scale).multiply(numerator).divide(denominator, 0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    /** An integer in [min, max]. */
    static long integer(Node node, long min, long max) {
        BigDecimal value = decimal(node);
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw node.error("'" + node.text() + "' is not a whole number");
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw node.error(node.text() + " is out of range, expected " + min + " to " + max);
        }
        return whole.longValueExact();
    }

    /** {@code true} or {@code false}. */
    static boolean bool(Node node) {
        return switch (node.text().strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw node.error("'" + node.text() + "' is not true or false");
        };
    }

    /**
     * A weight row as the chain stores it: every entry divided by the row's largest and times
     * 65535, to the nearest integer (ties to even); a row of zeros stays zeros.
     *
     * @param row the entries as written, non-negative
     * @return the u16 values, in the same order
     */
    static int[] weightRow(BigDecimal[] row) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal value : row) {
            max = max.max(value);
        }
        int[] u16 = new int[row.length];
        if (max.signum() == 0) {
            return u16;
        }
        BigDecimal scale = new BigDecimal(U16_MAX);
        for (int i = 0; i < row.length; i++) {
            u16[i] = row[i].multiply(scale).divide(max, 0, RoundingMode.HALF_EVEN).intValueExact();
        }
        return u16;
    }
}
