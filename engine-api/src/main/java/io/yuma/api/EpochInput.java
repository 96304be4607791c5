package io.yuma.api;

/**
 * One subnet's epoch input: the chain state that {@code epoch_mechanism} reads, with FORMAT.md's
 * field names. Immutable and validated on construction through {@link Builder}: every per-uid
 * vector has length {@code n}, every weight and bond row list has {@code n} rows, and every value
 * lies in its chain type. Unsigned 64-bit fields (u64) are held in {@code long}s and read with
 * {@link Long#compareUnsigned}; u16 fields in {@code int}s.
 */
public final class EpochInput {
    /** Marks "no active weight commit" in {@code commit_block}: u64::MAX. */
    public static final long NO_COMMIT = -1L;

    private final int n;
    private final long currentBlock;
    private final int tempo;
    private final long activityCutoff;
    private final long lastMechanismStepBlock;
    private final int kappa;
    private final int bondsPenalty;
    private final long bondsMovingAverage;
    private final boolean liquidAlpha;
    private final boolean yuma3;
    private final int alphaLow;
    private final int alphaHigh;
    private final int alphaSigmoidSteepness;
    private final int maxAllowedValidators;
    private final long stakeThreshold;
    private final int ownerUid;
    private final long taoWeight;
    private final long raoEmission;
    private final boolean commitReveal;
    private final long[] alphaStake;
    private final long[] taoStake;
    private final long[] lastUpdate;
    private final long[] blockAtRegistration;
    private final boolean[] validatorPermit;
    private final long[] commitBlock;
    private final SparseMatrix weights;
    private final SparseMatrix bonds;

    private EpochInput(Builder b) {
        n = b.n;
        currentBlock = b.currentBlock;
        tempo = b.tempo;
        activityCutoff = b.activityCutoff;
        lastMechanismStepBlock = b.lastMechanismStepBlock;
        kappa = b.kappa;
        bondsPenalty = b.bondsPenalty;
        bondsMovingAverage = b.bondsMovingAverage;
        liquidAlpha = b.liquidAlpha;
        yuma3 = b.yuma3;
        alphaLow = b.alphaLow;
        alphaHigh = b.alphaHigh;
        alphaSigmoidSteepness = b.alphaSigmoidSteepness;
        maxAllowedValidators = b.maxAllowedValidators;
        stakeThreshold = b.stakeThreshold;
        ownerUid = b.ownerUid;
        taoWeight = b.taoWeight;
        raoEmission = b.raoEmission;
        commitReveal = b.commitReveal;
        alphaStake = b.alphaStake.clone();
        taoStake = b.taoStake.clone();
        lastUpdate = b.lastUpdate.clone();
        blockAtRegistration = b.blockAtRegistration.clone();
        validatorPermit = b.validatorPermit.clone();
        commitBlock = b.commitBlock.clone();
        weights = b.weights;
        bonds = b.bonds;
    }

    /** A builder with every field at the chain's zero value and {@code n = 0}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this input's values, to derive a changed input (replay, sweeps). */
    public Builder toBuilder() {
        return new Builder().n(n).currentBlock(currentBlock).tempo(tempo).activityCutoff(activityCutoff)
                .lastMechanismStepBlock(lastMechanismStepBlock).kappa(kappa).bondsPenalty(bondsPenalty)
                .bondsMovingAverage(bondsMovingAverage).liquidAlpha(liquidAlpha).yuma3(yuma3)
                .alphaLow(alphaLow).alphaHigh(alphaHigh).alphaSigmoidSteepness(alphaSigmoidSteepness)
                .maxAllowedValidators(maxAllowedValidators).stakeThreshold(stakeThreshold).ownerUid(ownerUid)
                .taoWeight(taoWeight).raoEmission(raoEmission).commitReveal(commitReveal)
                .alphaStake(alphaStake).taoStake(taoStake).lastUpdate(lastUpdate)
                .blockAtRegistration(blockAtRegistration).validatorPermit(validatorPermit)
                .commitBlock(commitBlock).weights(weights).bonds(bonds);
    }

    /** SubnetworkN, u16. */
    public int n() { return n; }
    /** Block at which the epoch runs, u64. */
    public long currentBlock() { return currentBlock; }
    /** Tempo, u16. */
    public int tempo() { return tempo; }
    /** Activity cutoff in blocks, u64. */
    public long activityCutoff() { return activityCutoff; }
    /** LastMechansimStepBlock, u64 (0 = never). */
    public long lastMechanismStepBlock() { return lastMechanismStepBlock; }
    /** Kappa, u16 (divided by 65535 on use). */
    public int kappa() { return kappa; }
    /** BondsPenalty, u16 (divided by 65535 on use). */
    public int bondsPenalty() { return bondsPenalty; }
    /** BondsMovingAverage, u64 (divided by 1_000_000 on use). */
    public long bondsMovingAverage() { return bondsMovingAverage; }
    /** LiquidAlphaOn. */
    public boolean liquidAlpha() { return liquidAlpha; }
    /** Yuma3On. */
    public boolean yuma3() { return yuma3; }
    /** AlphaValues low, u16. */
    public int alphaLow() { return alphaLow; }
    /** AlphaValues high, u16. */
    public int alphaHigh() { return alphaHigh; }
    /** AlphaSigmoidSteepness, i16. */
    public int alphaSigmoidSteepness() { return alphaSigmoidSteepness; }
    /** MaxAllowedValidators, u16. */
    public int maxAllowedValidators() { return maxAllowedValidators; }
    /** StakeThreshold, u64. */
    public long stakeThreshold() { return stakeThreshold; }
    /** Uid of the subnet owner's hotkey, u16, or -1 when not registered. */
    public int ownerUid() { return ownerUid; }
    /** TaoWeight, u64 (divided by u64::MAX on use). */
    public long taoWeight() { return taoWeight; }
    /** Emission to distribute, u64. */
    public long raoEmission() { return raoEmission; }
    /** CommitRevealWeightsEnabled. */
    public boolean commitReveal() { return commitReveal; }
    /** Inherited alpha stake of {@code uid}'s hotkey, u64. */
    public long alphaStake(int uid) { return alphaStake[uid]; }
    /** Inherited TAO stake of {@code uid}'s hotkey, u64. */
    public long taoStake(int uid) { return taoStake[uid]; }
    /** LastUpdate of {@code uid}, u64. */
    public long lastUpdate(int uid) { return lastUpdate[uid]; }
    /** BlockAtRegistration of {@code uid}, u64. */
    public long blockAtRegistration(int uid) { return blockAtRegistration[uid]; }
    /** ValidatorPermit of {@code uid} before this epoch. */
    public boolean validatorPermit(int uid) { return validatorPermit[uid]; }
    /** Earliest unexpired commit block of {@code uid}, u64, {@link #NO_COMMIT} for none. */
    public long commitBlock(int uid) { return commitBlock[uid]; }
    /** Weights rows as stored (u16 values). */
    public SparseMatrix weights() { return weights; }
    /** Bonds rows as stored (u16 values). */
    public SparseMatrix bonds() { return bonds; }

    /** A copy of {@code alpha_stake}. */
    public long[] alphaStakes() { return alphaStake.clone(); }
    /** A copy of {@code tao_stake}. */
    public long[] taoStakes() { return taoStake.clone(); }
    /** A copy of {@code last_update}. */
    public long[] lastUpdates() { return lastUpdate.clone(); }
    /** A copy of {@code block_at_registration}. */
    public long[] blocksAtRegistration() { return blockAtRegistration.clone(); }
    /** A copy of {@code validator_permit}. */
    public boolean[] validatorPermits() { return validatorPermit.clone(); }
    /** A copy of {@code commit_block}. */
    public long[] commitBlocks() { return commitBlock.clone(); }

    /**
     * Collects an input's fields; {@link #build()} validates them all and throws
     * {@link InvalidInputException} naming the first bad field, uid and value.
     */
    public static final class Builder {
        private int n;
        private long currentBlock;
        private int tempo;
        private long activityCutoff;
        private long lastMechanismStepBlock;
        private int kappa;
        private int bondsPenalty;
        private long bondsMovingAverage;
        private boolean liquidAlpha;
        private boolean yuma3;
        private int alphaLow;
        private int alphaHigh;
        private int alphaSigmoidSteepness;
        private int maxAllowedValidators;
        private long stakeThreshold;
        private int ownerUid = -1;
        private long taoWeight;
        private long raoEmission;
        private boolean commitReveal;
        private long[] alphaStake = new long[0];
        private long[] taoStake = new long[0];
        private long[] lastUpdate = new long[0];
        private long[] blockAtRegistration = new long[0];
        private boolean[] validatorPermit = new boolean[0];
        private long[] commitBlock = new long[0];
        private SparseMatrix weights = SparseMatrix.empty(0);
        private SparseMatrix bonds = SparseMatrix.empty(0);

        private Builder() {
        }

        public Builder n(int v) { n = v; return this; }
        public Builder currentBlock(long v) { currentBlock = v; return this; }
        public Builder tempo(int v) { tempo = v; return this; }
        public Builder activityCutoff(long v) { activityCutoff = v; return this; }
        public Builder lastMechanismStepBlock(long v) { lastMechanismStepBlock = v; return this; }
        public Builder kappa(int v) { kappa = v; return this; }
        public Builder bondsPenalty(int v) { bondsPenalty = v; return this; }
        public Builder bondsMovingAverage(long v) { bondsMovingAverage = v; return this; }
        public Builder liquidAlpha(boolean v) { liquidAlpha = v; return this; }
        public Builder yuma3(boolean v) { yuma3 = v; return this; }
        public Builder alphaLow(int v) { alphaLow = v; return this; }
        public Builder alphaHigh(int v) { alphaHigh = v; return this; }
        public Builder alphaSigmoidSteepness(int v) { alphaSigmoidSteepness = v; return this; }
        public Builder maxAllowedValidators(int v) { maxAllowedValidators = v; return this; }
        public Builder stakeThreshold(long v) { stakeThreshold = v; return this; }
        /** @param v owner uid (u16), or -1 for none */
        public Builder ownerUid(int v) { ownerUid = v; return this; }
        public Builder taoWeight(long v) { taoWeight = v; return this; }
        public Builder raoEmission(long v) { raoEmission = v; return this; }
        public Builder commitReveal(boolean v) { commitReveal = v; return this; }
        public Builder alphaStake(long[] v) { alphaStake = v; return this; }
        public Builder taoStake(long[] v) { taoStake = v; return this; }
        public Builder lastUpdate(long[] v) { lastUpdate = v; return this; }
        public Builder blockAtRegistration(long[] v) { blockAtRegistration = v; return this; }
        public Builder validatorPermit(boolean[] v) { validatorPermit = v; return this; }
        public Builder commitBlock(long[] v) { commitBlock = v; return this; }
        public Builder weights(SparseMatrix v) { weights = v; return this; }
        public Builder bonds(SparseMatrix v) { bonds = v; return this; }

        /**
         * Validates and builds the input.
         *
         * @throws InvalidInputException naming the field, uid and value of the first violation
         */
        public EpochInput build() {
            checkU16("n", n);
            checkU16("tempo", tempo);
            checkU16("kappa", kappa);
            checkU16("bonds_penalty", bondsPenalty);
            checkU16("alpha_low", alphaLow);
            checkU16("alpha_high", alphaHigh);
            checkU16("max_allowed_validators", maxAllowedValidators);
            if (alphaSigmoidSteepness < Short.MIN_VALUE || alphaSigmoidSteepness > Short.MAX_VALUE) {
                throw new InvalidInputException("alpha_sigmoid_steepness", -1,
                        "value " + alphaSigmoidSteepness + " is not an i16 (-32768..32767)");
            }
            if (ownerUid != -1) {
                checkU16("owner_uid", ownerUid);
            }
            checkLength("alpha_stake", alphaStake.length);
            checkLength("tao_stake", taoStake.length);
            checkLength("last_update", lastUpdate.length);
            checkLength("block_at_registration", blockAtRegistration.length);
            checkLength("validator_permit", validatorPermit.length);
            checkLength("commit_block", commitBlock.length);
            checkLength("weights", weights.rows());
            checkLength("bonds", bonds.rows());
            checkU16Values("weights", weights);
            checkU16Values("bonds", bonds);
            return new EpochInput(this);
        }

        private void checkLength(String field, int length) {
            if (length != n) {
                throw new InvalidInputException(field, -1, "has length " + length + ", expected n = " + n);
            }
        }

        private static void checkU16(String field, int value) {
            if (value < 0 || value > 0xFFFF) {
                throw new InvalidInputException(field, -1, "value " + value + " is not a u16 (0..65535)");
            }
        }

        private static void checkU16Values(String field, SparseMatrix rows) {
            for (int row = 0; row < rows.rows(); row++) {
                for (int k = 0; k < rows.rowLength(row); k++) {
                    long value = rows.value(row, k);
                    if (value < 0 || value > 0xFFFF) {
                        throw new InvalidInputException(field, row,
                                "entry " + k + " has value " + value + ", expected a u16 (0..65535)");
                    }
                }
            }
        }
    }
}
