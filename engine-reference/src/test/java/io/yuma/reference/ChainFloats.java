package io.yuma.reference;

/**
 * The chain tests' float literals as I32F32 raw bits, converted exactly as substrate-fixed v0.6.0
 * converts them ({@code float_helper.rs} {@code to_float_kind}, then {@code to_fixed_helper}):
 * the exact binary value of the float, rounded to the nearest multiple of 2^-32 with ties to
 * even, saturating at the type's bounds.
 *
 * <p>The chain's tests write inputs two ways: {@code fixed(f32)} and {@code vec_to_fixed(&[f32])}
 * ({@code I32F32::saturating_from_num} / {@code from_num} of an {@code f32}), and
 * {@code I32F32::from_num(0.5)}, where an unsuffixed literal is an {@code f64}. The two give
 * different bits for most decimals (0.1f32 is not 0.1f64), so the tests here use
 * {@link #fixed(float)} and {@link #fixed64(double)} exactly where the chain uses each.
 */
final class ChainFloats {
    private static final double TWO_POW_32 = 0x1p32;

    private ChainFloats() {
    }

    /** {@code I32F32::saturating_from_num(v)} for an {@code f32} (the chain's {@code fixed(v)}). */
    static long fixed(float value) {
        return fixed64(value); // widening f32 to f64 is exact
    }

    /** {@code I32F32::saturating_from_num(v)} for an {@code f64}. */
    static long fixed64(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("substrate-fixed panics on NaN");
        }
        // Scaling by 2^32 is exact for every finite double (it only changes the exponent; an
        // overflow becomes an infinity, which saturates below). Math.rint rounds half to even,
        // like to_float_kind, and the (long) cast clamps to [MIN, MAX] like saturating_from_num.
        return (long) Math.rint(value * TWO_POW_32);
    }

    /** {@code vec_to_fixed(&[f32])}. */
    static long[] vecToFixed(float... values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = fixed(values[i]);
        }
        return out;
    }
}
