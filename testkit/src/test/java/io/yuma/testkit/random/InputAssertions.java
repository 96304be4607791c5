package io.yuma.testkit.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.api.EpochInput;

/** Field-by-field equality of epoch inputs, which have no {@code equals} of their own. */
final class InputAssertions {
    private InputAssertions() {
    }

    static void assertSameInput(EpochInput expected, EpochInput actual, String context) {
        assertEquals(describe(expected), describe(actual), context);
        assertArrayEquals(expected.alphaStakes(), actual.alphaStakes(), context + ": alpha_stake");
        assertArrayEquals(expected.taoStakes(), actual.taoStakes(), context + ": tao_stake");
        assertArrayEquals(expected.lastUpdates(), actual.lastUpdates(), context + ": last_update");
        assertArrayEquals(expected.blocksAtRegistration(), actual.blocksAtRegistration(), context + ": registration");
        assertArrayEquals(expected.validatorPermits(), actual.validatorPermits(), context + ": validator_permit");
        assertArrayEquals(expected.commitBlocks(), actual.commitBlocks(), context + ": commit_block");
        assertEquals(expected.weights(), actual.weights(), context + ": weights");
        assertEquals(expected.bonds(), actual.bonds(), context + ": bonds");
    }

    /** Every scalar field, for comparing and printing. */
    static String describe(EpochInput in) {
        return "n=" + in.n() + " current_block=" + Long.toUnsignedString(in.currentBlock()) + " tempo=" + in.tempo()
                + " activity_cutoff=" + Long.toUnsignedString(in.activityCutoff())
                + " last_step=" + Long.toUnsignedString(in.lastMechanismStepBlock()) + " kappa=" + in.kappa()
                + " bonds_penalty=" + in.bondsPenalty()
                + " bonds_moving_average=" + Long.toUnsignedString(in.bondsMovingAverage())
                + " liquid_alpha=" + in.liquidAlpha() + " yuma3=" + in.yuma3() + " alpha=" + in.alphaLow() + ".."
                + in.alphaHigh() + " steepness=" + in.alphaSigmoidSteepness()
                + " max_validators=" + in.maxAllowedValidators()
                + " stake_threshold=" + Long.toUnsignedString(in.stakeThreshold()) + " owner=" + in.ownerUid()
                + " tao_weight=" + Long.toUnsignedString(in.taoWeight())
                + " rao_emission=" + Long.toUnsignedString(in.raoEmission()) + " commit_reveal=" + in.commitReveal();
    }
}
