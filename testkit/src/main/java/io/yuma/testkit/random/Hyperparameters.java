package io.yuma.testkit.random;

import io.yuma.api.EpochInput;

/**
 * Picks the subnet hyperparameters of one case. Each knob independently goes to an extreme (0,
 * the type's maximum, just past a scale like 1e6) with the case's edge probability, and otherwise
 * takes an ordinary value, so that most cases still compute something non-trivial.
 */
final class Hyperparameters {
    private static final long U64_MAX = -1L;
    /** TaoWeight of 0.18, the chain's usual setting. */
    static final long TAO_WEIGHT_018 = 3_320_413_933_267_719_168L;

    private Hyperparameters() {
    }

    /**
     * Sets kappa, bonds penalty and moving average, alpha values and steepness, validator count,
     * TAO weight, emission, and the liquid alpha, Yuma3 and commit-reveal switches.
     *
     * @param edge the probability that a knob takes an extreme value
     */
    static void pick(CaseRandom random, EpochInput.Builder input, int n, Profile profile, double edge) {
        input.kappa(random.edgeOr(edge, random.pick(32767, (int) random.between(19660, 45875)),
                0, 65535, 32768, random.u16()));
        input.bondsPenalty(random.edgeOr(edge, random.pick(0, 65535, random.u16()), 0, 65535, 1, 65534));
        input.bondsMovingAverage(random.edgeOr(edge, random.pick(900_000, 975_000, random.between(500_000, 999_999)),
                0, 999_999, 1_000_000, 1_000_001, 2_000_000, U64_MAX, random.nextLong()));
        pickAlphaValues(random, input, edge);
        input.alphaSigmoidSteepness(random.edgeOr(edge, random.pick(1000, (int) random.between(1, 2000)),
                -32768, 32767, 0, -1000, random.u16() - 32768));
        input.maxAllowedValidators(random.edgeOr(edge, random.pick(64, Math.min(Math.max(n, 1), 65535),
                1 + random.below(n + 1)), 0, 1, Math.min(n + 1, 65535), 65535));
        input.taoWeight(random.edgeOr(edge, random.pick(TAO_WEIGHT_018, random.nextLong() >>> 1),
                0, U64_MAX, random.nextLong()));
        input.raoEmission(random.edgeOr(edge, random.pick(1_000_000_000L, random.between(1, 1L << 40)),
                0, 1, U64_MAX, random.nextLong()));
        boolean yuma3 = random.chance(0.5);
        boolean liquidAlpha = random.chance(0.5);
        if (yuma3 && liquidAlpha && n > profile.maxLiquidAlphaN()) {
            liquidAlpha = false; // dense n x n exp series in the reference: kept to the profile's bound
        }
        input.yuma3(yuma3).liquidAlpha(liquidAlpha).commitReveal(random.chance(0.5));
    }

    private static void pickAlphaValues(CaseRandom random, EpochInput.Builder input, double edge) {
        int low;
        int high;
        if (random.chance(edge)) {
            if (random.chance(0.5)) { // inverted: low above high
                high = random.below(65535);
                low = high + 1 + random.below(65535 - high);
            } else {
                low = random.u16();
                high = low;
            }
        } else if (random.chance(0.3)) { // the chain's defaults
            low = 45875;
            high = 58982;
        } else {
            low = random.u16();
            high = low + random.below(65536 - low);
        }
        input.alphaLow(low).alphaHigh(high);
    }
}
