package io.yuma.reference;

import static io.yuma.fixed.I32F32.HALF;
import static io.yuma.fixed.I32F32.MAX;
import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.reference.ChainFloats.fixed64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.fixed.I32F32;
import org.junit.jupiter.api.Test;

/**
 * {@link ReferenceEpoch#alphaSigmoid}, {@link I32F32#fixedProportionToU16} and the
 * liquid-alpha row walk of {@code compute_liquid_alpha_values_sparse}, whose peeking merge
 * assumes ascending columns.
 */
class LiquidAlphaTest {
    private static final long STEEP = I32F32.fromInt(32767);
    /** 1 / (1 + exp(20)) in I32F32: what the sigmoid gives once exp_safe clamps its input. */
    private static final long SIGMOID_FLOOR = 8;

    /** test_fixed_proportion_to_u16 and test_fixed_proportion_to_u16_saturates. */
    @Test
    void fixedProportionToU16() {
        assertEquals(0, I32F32.fixedProportionToU16(ZERO));
        assertEquals(65535, I32F32.fixedProportionToU16(I32F32.fromInt(65535)));
        assertEquals(65535, I32F32.fixedProportionToU16(ONE));
        assertEquals(32767, I32F32.fixedProportionToU16(HALF)); // 32767.5 floors
        assertEquals(0, I32F32.fixedProportionToU16(1));
        assertEquals(0, I32F32.fixedProportionToU16(-ONE));
        assertEquals(65535, I32F32.fixedProportionToU16(MAX));
    }

    /**
     * test_liquid_alpha_equal_values_against_itself's premise: with alpha_low == alpha_high
     * (u16::MAX / 10 each) liquid alpha is that constant, whatever the inputs.
     */
    @Test
    void equalLowAndHighGiveThatValue() {
        long tenth = I32F32.safeDiv(I32F32.fromInt(65535 / 10), I32F32.fromInt(65535));
        long[] values = {ZERO, fixed64(0.1), fixed64(0.3), HALF, fixed64(0.9), ONE};
        for (long steepness : new long[] {ZERO, I32F32.fromInt(1000), STEEP, I32F32.fromInt(-32768)}) {
            for (long consensus : values) {
                for (long weight : values) {
                    for (long bond : values) {
                        assertEquals(tenth, ReferenceEpoch.alphaSigmoid(consensus, weight, bond, tenth, tenth, steepness));
                    }
                }
            }
        }
    }

    /** clamp_value(alpha, low, high) with low > high: min(high) then max(low) gives low. */
    @Test
    void lowAboveHighGivesLow() {
        long low = fixed64(0.9);
        long high = fixed64(0.1);
        for (long weight : new long[] {ZERO, HALF, ONE}) {
            assertEquals(low, ReferenceEpoch.alphaSigmoid(HALF, weight, ZERO, low, high, I32F32.fromInt(1000)));
        }
    }

    /** Steepness 0: exp(0) = 1, the sigmoid is exactly 1/2, alpha the midpoint. */
    @Test
    void zeroSteepnessGivesTheMidpoint() {
        assertEquals(HALF, ReferenceEpoch.alphaSigmoid(fixed64(0.2), fixed64(0.9), ZERO, ZERO, ONE, ZERO));
        assertEquals(fixed64(0.3), ReferenceEpoch.alphaSigmoid(ONE, ZERO, ONE, fixed64(0.2), fixed64(0.4), ZERO), 1);
    }

    /**
     * weight >= bond reads diff_buy = weight - consensus, otherwise diff_sell = bond - weight;
     * with a steep sigmoid the alpha sits at low below a difference of 1/2 and at high above.
     */
    @Test
    void buyAndSellSidesAtExtremeSteepness() {
        assertNearHigh(ReferenceEpoch.alphaSigmoid(fixed64(0.2), fixed64(0.9), fixed64(0.1), ZERO, ONE, STEEP));
        assertNearLow(ReferenceEpoch.alphaSigmoid(fixed64(0.9), fixed64(0.2), fixed64(0.1), ZERO, ONE, STEEP));
        assertNearHigh(ReferenceEpoch.alphaSigmoid(fixed64(0.5), fixed64(0.1), fixed64(0.9), ZERO, ONE, STEEP));
        assertNearLow(ReferenceEpoch.alphaSigmoid(fixed64(0.5), fixed64(0.5), fixed64(0.6), ZERO, ONE, STEEP));
        // Negative steepness mirrors the curve.
        long negative = I32F32.fromInt(-32768);
        assertNearLow(ReferenceEpoch.alphaSigmoid(fixed64(0.2), fixed64(0.9), fixed64(0.1), ZERO, ONE, negative));
        assertNearHigh(ReferenceEpoch.alphaSigmoid(fixed64(0.9), fixed64(0.2), fixed64(0.1), ZERO, ONE, negative));
    }

    /** A moderate steepness follows 1 / (1 + e^(-steepness/100 * (diff - 1/2))) closely. */
    @Test
    void moderateSteepnessFollowsTheSigmoid() {
        long steepness = I32F32.fromInt(1000);
        for (double diff : new double[] {0, 0.1, 0.3, 0.45, 0.5, 0.55, 0.7, 1}) {
            long alpha = ReferenceEpoch.alphaSigmoid(ZERO, fixed64(diff), ZERO, fixed64(0.1), fixed64(0.3), steepness);
            double expected = 0.1 + 0.2 / (1 + Math.exp(-10 * (diff - 0.5)));
            assertEquals(expected, I32F32.toDouble(alpha), 1e-6, "diff " + diff);
        }
    }

    private static void assertNearLow(long alpha) {
        assertTrue(alpha >= 0 && alpha <= SIGMOID_FLOOR, "alpha " + alpha + " should sit at 0");
    }

    private static void assertNearHigh(long alpha) {
        assertTrue(alpha <= ONE && alpha >= ONE - SIGMOID_FLOOR - 1, "alpha " + alpha + " should sit at 1");
    }

    /**
     * The peeking merge assumes ascending columns. Validator 0 alone holds stake and stores the
     * weight row [(2, 30000), (1, 60000)] and a full bond to uid 1. Walking column 1, the merge
     * peeks entry (2, ..), stops, and never sees (1, ..): it reads weight 0 against bond 1, a
     * sell difference of 1, and so alpha 1: the bond to uid 1 becomes the weight, 2/3. Sorted,
     * the same row gives weight 2/3 against bond 1, alpha 0, and the bond stays at 1.
     */
    @Test
    void unsortedWeightRowHidesEntriesFromTheLiquidAlphaWalk() {
        EpochResult unsorted = ReferenceEpoch.run(singleValidator(new int[] {2, 1}, new long[] {30000, 60000}), false);
        assertEquals(2, unsorted.bonds().rowLength(0));
        assertEquals(2, unsorted.bonds().column(0, 0)); // mat_ema_alpha_sparse keeps the stored order
        assertEquals(1, unsorted.bonds().column(0, 1));
        long bondToUid1 = unsorted.bonds().value(0, 1);
        assertTrue(Math.abs(bondToUid1 - 43690) <= 1, "bond to uid 1: " + bondToUid1 + ", expected about 2/3 of 65535");

        EpochResult sorted = ReferenceEpoch.run(singleValidator(new int[] {1, 2}, new long[] {60000, 30000}), false);
        assertEquals(1, sorted.bonds().column(0, 0));
        assertTrue(sorted.bonds().value(0, 0) >= 65534, "sorted row keeps the bond: " + sorted.bonds().value(0, 0));
    }

    /** Three uids; uid 0 is the only staked, permitted validator; steep liquid alpha from 0 to 1. */
    private static EpochInput singleValidator(int[] columns, long[] weights) {
        int n = 3;
        return EpochInput.builder().n(n).currentBlock(100).tempo(10).activityCutoff(1000).lastMechanismStepBlock(50)
                .kappa(32767).bondsPenalty(0).bondsMovingAverage(900_000).liquidAlpha(true).yuma3(true)
                .alphaLow(0).alphaHigh(65535).alphaSigmoidSteepness(32767).maxAllowedValidators(1)
                .stakeThreshold(0).ownerUid(-1).taoWeight(0).raoEmission(1_000_000_000L).commitReveal(false)
                .alphaStake(new long[] {1_000_000, 0, 0}).taoStake(new long[n])
                .lastUpdate(new long[] {100, 100, 100}).blockAtRegistration(new long[n])
                .validatorPermit(new boolean[] {true, false, false})
                .commitBlock(new long[] {EpochInput.NO_COMMIT, EpochInput.NO_COMMIT, EpochInput.NO_COMMIT})
                .weights(SparseMatrix.ofU16("weights", new int[] {0, 2, 2, 2}, columns, weights))
                .bonds(SparseMatrix.ofU16("bonds", new int[] {0, 1, 1, 1}, new int[] {1}, new long[] {65535}))
                .build();
    }
}
