package io.yuma.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Hyperparameters must be set (no silent zeros), the chain's defaults are one call away, nulls and bad uids are named. */
class EpochInputBuilderTest {
    @Test
    void aBuilderWithNoHyperparameterSetNamesEveryOne() {
        InvalidInputException unset = assertThrows(InvalidInputException.class, () -> EpochInput.builder().build());
        assertEquals("tempo", unset.field());
        assertEquals("field tempo: not set; every hyperparameter must be set, and these are not: tempo, activity_cutoff,"
                + " kappa, bonds_penalty, bonds_moving_average, liquid_alpha, yuma3, alpha_low, alpha_high,"
                + " alpha_sigmoid_steepness, max_allowed_validators, stake_threshold, tao_weight, commit_reveal"
                + " (EpochInput.chainDefaults() starts from the chain's defaults)", unset.getMessage());
    }

    @Test
    void oneUnsetHyperparameterIsNamedAlone() {
        EpochInput defaults = EpochInput.chainDefaults().build();
        EpochInput.Builder allButKappa = EpochInput.builder().tempo(1).activityCutoff(2).bondsPenalty(3)
                .bondsMovingAverage(4).liquidAlpha(true).yuma3(true).alphaLow(5).alphaHigh(6).alphaSigmoidSteepness(-7)
                .maxAllowedValidators(8).stakeThreshold(9).taoWeight(10).commitReveal(false);
        InvalidInputException unset = assertThrows(InvalidInputException.class, allButKappa::build);
        assertEquals("kappa", unset.field());
        assertEquals("field kappa: not set; every hyperparameter must be set, and these are not: kappa"
                + " (EpochInput.chainDefaults() starts from the chain's defaults)", unset.getMessage());
        assertEquals(0, allButKappa.kappa(0).build().kappa(), "zero is a value once it is set");
        assertEquals(defaults.kappa(), defaults.toBuilder().build().kappa(), "toBuilder sets every field");
    }

    @Test
    void chainDefaultsAreTheChainsNewSubnetHyperparameters() {
        EpochInput input = EpochInput.chainDefaults().build();
        assertEquals(ChainDefaults.TEMPO, input.tempo());
        assertEquals(360, input.tempo());
        assertEquals(5_000, input.activityCutoff());
        assertEquals(32_767, input.kappa());
        assertEquals(65_535, input.bondsPenalty());
        assertEquals(900_000, input.bondsMovingAverage());
        assertEquals(false, input.liquidAlpha());
        assertEquals(false, input.yuma3());
        assertEquals(45_875, input.alphaLow());
        assertEquals(58_982, input.alphaHigh());
        assertEquals(1_000, input.alphaSigmoidSteepness());
        assertEquals(128, input.maxAllowedValidators());
        assertEquals(0, input.stakeThreshold());
        assertEquals(971_718_665_099_567_868L, input.taoWeight());
        assertEquals(true, input.commitReveal());
        assertEquals(0, input.n());
        assertEquals(-1, input.ownerUid());
    }

    @Test
    void theActivityCutoffDefaultIsTheChainsFactorTimesTheDefaultTempo() {
        long factorMilli = 13_889; // INITIAL_ACTIVITY_CUTOFF_FACTOR_MILLI, pallets/subtensor/src/lib.rs
        assertEquals(Math.max(1, factorMilli * ChainDefaults.TEMPO / 1000), ChainDefaults.ACTIVITY_CUTOFF);
    }

    @Test
    void nullArraysAreNamedByTheirField() {
        EpochInput.Builder builder = EpochInput.chainDefaults();
        assertEquals("alpha_stake", assertThrows(NullPointerException.class, () -> builder.alphaStake(null)).getMessage());
        assertEquals("validator_permit",
                assertThrows(NullPointerException.class, () -> builder.validatorPermit(null)).getMessage());
        assertEquals("weights", assertThrows(NullPointerException.class, () -> builder.weights(null)).getMessage());
    }

    @Test
    void aUidOutOfRangeNamesTheUidAndTheSize() {
        EpochInput input = EpochInput.chainDefaults().n(2).alphaStake(new long[] {1, 2}).taoStake(new long[2])
                .lastUpdate(new long[2]).blockAtRegistration(new long[2]).validatorPermit(new boolean[2])
                .commitBlock(new long[2]).weights(SparseMatrix.empty(2)).bonds(SparseMatrix.empty(2)).build();
        assertEquals(2, input.alphaStake(1));
        assertEquals("uid 2 out of range: the subnet holds 2 uids",
                assertThrows(IndexOutOfBoundsException.class, () -> input.alphaStake(2)).getMessage());
        assertEquals("uid -1 out of range: the subnet holds 2 uids",
                assertThrows(IndexOutOfBoundsException.class, () -> input.validatorPermit(-1)).getMessage());
    }
}
