package io.yuma.testkit.random;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;

/**
 * The benchmark shape: a busy live subnet. Up to 64 validators, spread evenly over the uids,
 * hold nearly all the stake, each with a full ascending weights row and a full bonds row (as the
 * previous epoch stored them); everyone is active and registered long ago; Yuma3 is on, with the
 * chain's default alpha band and TAO weight. Liquid alpha is on in even cases (where the profile
 * allows it at this n) and the bonds penalty off in every third, so a batch mixes the paths
 * evenly. Nothing is adversarial: the work depends on n alone.
 */
final class BusySubnet {
    /** The most validators the chain keeps per subnet by default. */
    static final int MAX_VALIDATORS = 64;
    private static final long CURRENT_BLOCK = 5_000_000L;
    private static final int TEMPO = 360;

    private BusySubnet() {
    }

    /**
     * One busy subnet.
     *
     * @param random the case's stream: stakes, blocks and weight and bond values
     * @param caseIndex which switches are on (even: liquid alpha; every third: no bonds penalty)
     * @param n the number of uids
     * @param profile bounds the entries (validators are dropped to fit) and where liquid alpha runs
     * @return the subnet's input
     */
    static EpochInput generate(CaseRandom random, long caseIndex, int n, Profile profile) {
        int validators = validators(n, profile);
        int stride = Math.max(1, n / Math.max(1, validators));
        long[] alpha = new long[n];
        long[] tao = new long[n];
        long[] lastUpdate = new long[n];
        long[] registered = new long[n];
        long[] commit = new long[n];
        boolean[] permit = new boolean[n];
        SparseMatrix.Builder weights = new SparseMatrix.Builder(n);
        SparseMatrix.Builder bonds = new SparseMatrix.Builder(n);
        for (int i = 0; i < n; i++) {
            boolean validator = i % stride == 0 && i / stride < validators;
            alpha[i] = validator ? random.between(1_000_000_000_000L, 999_999_999_999_999L)
                    : random.between(1_000_000L, 999_999_999L);
            tao[i] = validator ? random.between(0, 9_999_999_999_999L) : 0;
            lastUpdate[i] = CURRENT_BLOCK - random.below(300);
            registered[i] = random.between(0, 3_999_999L);
            commit[i] = EpochInput.NO_COMMIT;
            permit[i] = validator;
            if (validator) {
                for (int j = 0; j < n; j++) {
                    weights.add(j, random.u16());
                    bonds.add(j, random.u16());
                }
            }
            weights.endRow();
            bonds.endRow();
        }
        return EpochInput.builder().n(n).currentBlock(CURRENT_BLOCK).tempo(TEMPO).activityCutoff(5000)
                .lastMechanismStepBlock(CURRENT_BLOCK - TEMPO - 1).kappa(32767)
                .bondsPenalty(Math.floorMod(caseIndex, 3) == 0 ? 0 : 65535).bondsMovingAverage(975_000)
                .liquidAlpha(Math.floorMod(caseIndex, 2) == 0 && n <= profile.maxLiquidAlphaN()).yuma3(true)
                .alphaLow(45875).alphaHigh(58982).alphaSigmoidSteepness(1000).maxAllowedValidators(MAX_VALIDATORS)
                .stakeThreshold(1000).ownerUid(n == 0 ? -1 : 0).taoWeight(Hyperparameters.TAO_WEIGHT_018)
                .raoEmission(1_000_000_000L * n).commitReveal(false)
                .alphaStake(alpha).taoStake(tao).lastUpdate(lastUpdate).blockAtRegistration(registered)
                .commitBlock(commit).validatorPermit(permit).weights(weights.build()).bonds(bonds.build()).build();
    }

    /**
     * Validators with full rows: 64, or fewer where n is smaller or the profile's entry bound is reached.
     *
     * @param n the number of uids
     * @param profile the entry bound
     * @return how many uids hold a permit and full rows
     */
    static int validators(int n, Profile profile) {
        return n == 0 ? 0 : Math.min(Math.min(MAX_VALIDATORS, n), profile.maxEntries() / (2 * n));
    }
}
