package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.saturatingSub;

import io.yuma.fixed.I64F64;
import io.yuma.fixed.Int128;
import io.yuma.fixed.U96F32;

/**
 * The few per-subnet constants that need 128-bit division ({@code BigInteger} in
 * {@link io.yuma.fixed}), remembered for the last input value: subnets of one network share the
 * TAO weight and mostly repeat their moving average, so steady-state epochs allocate nothing here.
 */
final class SubnetConstants {
    private long taoWeightInput = 0;
    private Int128 taoWeight = Int128.ZERO;
    private long normalInput = 0;
    private long normalAlpha = ONE;
    private long disabledInput = 0;
    private long disabledAlpha = ONE;

    /** {@code get_tao_weight} as I64F64: {@code U96F32(w) / U96F32(u64::MAX)}, widened. */
    Int128 taoWeight(long taoWeightU64) {
        if (taoWeightU64 != taoWeightInput) {
            taoWeight = I64F64.saturatingFromU96F32(U96F32.safeDiv(U96F32.fromU64(taoWeightU64), U96F32.fromU64(-1L)));
            taoWeightInput = taoWeightU64;
        }
        return taoWeight;
    }

    /** The alpha of {@code compute_ema_bonds_normal_sparse}: saturating conversions. */
    long normalAlpha(long bondsMovingAverage) {
        if (bondsMovingAverage != normalInput) {
            Int128 average = I64F64.safeDiv(I64F64.saturatingFromU64(bondsMovingAverage),
                    I64F64.saturatingFromU64(1_000_000L));
            normalAlpha = saturatingSub(ONE, I64F64.toI32F32Saturating(average));
            normalInput = bondsMovingAverage;
        }
        return normalAlpha;
    }

    /** {@code compute_disabled_liquid_alpha}: the wrapping conversions of the production build. */
    long disabledLiquidAlpha(long bondsMovingAverage) {
        if (bondsMovingAverage != disabledInput) {
            Int128 average = I64F64.saturatingDiv(I64F64.wrappingFromU64(bondsMovingAverage),
                    I64F64.wrappingFromU64(1_000_000L));
            disabledAlpha = saturatingSub(ONE, I64F64.toI32F32Wrapping(average));
            disabledInput = bondsMovingAverage;
        }
        return disabledAlpha;
    }
}
