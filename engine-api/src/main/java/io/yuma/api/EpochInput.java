package io.yuma.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /** A copy of {@code source} with another emission; the arrays are immutable and shared. */
    private EpochInput(EpochInput source, long raoEmission) {
        n = source.n;
        currentBlock = source.currentBlock;
        tempo = source.tempo;
        activityCutoff = source.activityCutoff;
        lastMechanismStepBlock = source.lastMechanismStepBlock;
        kappa = source.kappa;
        bondsPenalty = source.bondsPenalty;
        bondsMovingAverage = source.bondsMovingAverage;
        liquidAlpha = source.liquidAlpha;
        yuma3 = source.yuma3;
        alphaLow = source.alphaLow;
        alphaHigh = source.alphaHigh;
        alphaSigmoidSteepness = source.alphaSigmoidSteepness;
        maxAllowedValidators = source.maxAllowedValidators;
        stakeThreshold = source.stakeThreshold;
        ownerUid = source.ownerUid;
        taoWeight = source.taoWeight;
        this.raoEmission = raoEmission;
        commitReveal = source.commitReveal;
        alphaStake = source.alphaStake;
        taoStake = source.taoStake;
        lastUpdate = source.lastUpdate;
        blockAtRegistration = source.blockAtRegistration;
        validatorPermit = source.validatorPermit;
        commitBlock = source.commitBlock;
        weights = source.weights;
        bonds = source.bonds;
    }

    /**
     * This input with another {@code rao_emission}: a mechanism's share of its subnet's emission.
     * Nothing else changes, so nothing is validated or copied again.
     */
    EpochInput withRaoEmission(long emission) {
        return new EpochInput(this, emission);
    }

    /**
     * A builder in which every hyperparameter (tempo, activity_cutoff, kappa, bonds_penalty,
     * bonds_moving_average, liquid_alpha, yuma3, alpha_low, alpha_high, alpha_sigmoid_steepness,
     * max_allowed_validators, stake_threshold, tao_weight, commit_reveal) must be set before
     * {@link Builder#build()}: a zero there is a different subnet, not a default. The state starts
     * as an empty subnet ({@code n = 0}, block 0, no emission, no owner), and every per-uid field
     * must be given for {@code n > 0}.
     *
     * @return an empty builder
     * @see #chainDefaults()
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with the chain's default hyperparameters ({@link ChainDefaults}), as a new subnet
     * has them; the state is empty as in {@link #builder()}.
     *
     * @return a builder with every hyperparameter set to the chain's default
     */
    public static Builder chainDefaults() {
        return new Builder().tempo(ChainDefaults.TEMPO).activityCutoff(ChainDefaults.ACTIVITY_CUTOFF)
                .kappa(ChainDefaults.KAPPA).bondsPenalty(ChainDefaults.BONDS_PENALTY)
                .bondsMovingAverage(ChainDefaults.BONDS_MOVING_AVERAGE).liquidAlpha(ChainDefaults.LIQUID_ALPHA)
                .yuma3(ChainDefaults.YUMA3).alphaLow(ChainDefaults.ALPHA_LOW).alphaHigh(ChainDefaults.ALPHA_HIGH)
                .alphaSigmoidSteepness(ChainDefaults.ALPHA_SIGMOID_STEEPNESS)
                .maxAllowedValidators(ChainDefaults.MAX_ALLOWED_VALIDATORS).stakeThreshold(ChainDefaults.STAKE_THRESHOLD)
                .taoWeight(ChainDefaults.TAO_WEIGHT).commitReveal(ChainDefaults.COMMIT_REVEAL);
    }

    /** {@return a builder holding this input's values, to derive a changed input (replay, sweeps)} */
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

    /** {@return SubnetworkN, u16} */
    public int n() { return n; }
    /** {@return the block at which the epoch runs, u64} */
    public long currentBlock() { return currentBlock; }
    /** {@return Tempo, u16} */
    public int tempo() { return tempo; }
    /** {@return the activity cutoff in blocks, u64} */
    public long activityCutoff() { return activityCutoff; }
    /** {@return LastMechansimStepBlock, u64 (0 = never)} */
    public long lastMechanismStepBlock() { return lastMechanismStepBlock; }
    /** {@return Kappa, u16 (divided by 65535 on use)} */
    public int kappa() { return kappa; }
    /** {@return BondsPenalty, u16 (divided by 65535 on use)} */
    public int bondsPenalty() { return bondsPenalty; }
    /** {@return BondsMovingAverage, u64 (divided by 1_000_000 on use)} */
    public long bondsMovingAverage() { return bondsMovingAverage; }
    /** {@return LiquidAlphaOn} */
    public boolean liquidAlpha() { return liquidAlpha; }
    /** {@return Yuma3On} */
    public boolean yuma3() { return yuma3; }
    /** {@return AlphaValues low, u16} */
    public int alphaLow() { return alphaLow; }
    /** {@return AlphaValues high, u16} */
    public int alphaHigh() { return alphaHigh; }
    /** {@return AlphaSigmoidSteepness, i16} */
    public int alphaSigmoidSteepness() { return alphaSigmoidSteepness; }
    /** {@return MaxAllowedValidators, u16} */
    public int maxAllowedValidators() { return maxAllowedValidators; }
    /** {@return StakeThreshold, u64} */
    public long stakeThreshold() { return stakeThreshold; }
    /** {@return the uid of the subnet owner's hotkey, u16, or -1 when not registered} */
    public int ownerUid() { return ownerUid; }
    /** {@return TaoWeight, u64 (divided by u64::MAX on use)} */
    public long taoWeight() { return taoWeight; }
    /** {@return the emission to distribute, u64} */
    public long raoEmission() { return raoEmission; }
    /** {@return CommitRevealWeightsEnabled} */
    public boolean commitReveal() { return commitReveal; }

    /**
     * {@return the inherited alpha stake of {@code uid}'s hotkey, u64}
     *
     * @param uid a uid of this subnet
     * @throws IndexOutOfBoundsException when {@code uid} is not in {@code 0..n-1}
     */
    public long alphaStake(int uid) { return alphaStake[uid(uid)]; }

    /**
     * {@return the inherited TAO stake of {@code uid}'s hotkey, u64}
     *
     * @param uid a uid of this subnet
     * @throws IndexOutOfBoundsException when {@code uid} is not in {@code 0..n-1}
     */
    public long taoStake(int uid) { return taoStake[uid(uid)]; }

    /**
     * {@return LastUpdate of {@code uid}, u64}
     *
     * @param uid a uid of this subnet
     * @throws IndexOutOfBoundsException when {@code uid} is not in {@code 0..n-1}
     */
    public long lastUpdate(int uid) { return lastUpdate[uid(uid)]; }

    /**
     * {@return BlockAtRegistration of {@code uid}, u64}
     *
     * @param uid a uid of this subnet
     * @throws IndexOutOfBoundsException when {@code uid} is not in {@code 0..n-1}
     */
    public long blockAtRegistration(int uid) { return blockAtRegistration[uid(uid)]; }

    /**
     * {@return ValidatorPermit of {@code uid} before this epoch}
     *
     * @param uid a uid of this subnet
     * @throws IndexOutOfBoundsException when {@code uid} is not in {@code 0..n-1}
     */
    public boolean validatorPermit(int uid) { return validatorPermit[uid(uid)]; }

    /**
     * {@return the earliest unexpired commit block of {@code uid}, u64, {@link #NO_COMMIT} for none}
     *
     * @param uid a uid of this subnet
     * @throws IndexOutOfBoundsException when {@code uid} is not in {@code 0..n-1}
     */
    public long commitBlock(int uid) { return commitBlock[uid(uid)]; }

    /** {@return the weights rows as stored (u16 values)} */
    public SparseMatrix weights() { return weights; }
    /** {@return the bonds rows as stored (u16 values)} */
    public SparseMatrix bonds() { return bonds; }

    /** {@return a copy of {@code alpha_stake}} */
    public long[] alphaStakes() { return alphaStake.clone(); }
    /** {@return a copy of {@code tao_stake}} */
    public long[] taoStakes() { return taoStake.clone(); }
    /** {@return a copy of {@code last_update}} */
    public long[] lastUpdates() { return lastUpdate.clone(); }
    /** {@return a copy of {@code block_at_registration}} */
    public long[] blocksAtRegistration() { return blockAtRegistration.clone(); }
    /** {@return a copy of {@code validator_permit}} */
    public boolean[] validatorPermits() { return validatorPermit.clone(); }
    /** {@return a copy of {@code commit_block}} */
    public long[] commitBlocks() { return commitBlock.clone(); }

    private int uid(int uid) {
        return Bounds.check(uid, n, "uid", "the subnet");
    }

    /**
     * Collects an input's fields; {@link #build()} checks every hyperparameter was set, then
     * validates everything and throws {@link InvalidInputException} naming the first bad field,
     * uid and value. Arrays and matrices are copied when the input is built. Not thread-safe.
     */
    public static final class Builder {
        /** FORMAT.md names of the hyperparameters not yet set, in FORMAT.md's order. */
        private final Set<String> unset = new LinkedHashSet<>(List.of("tempo", "activity_cutoff", "kappa",
                "bonds_penalty", "bonds_moving_average", "liquid_alpha", "yuma3", "alpha_low", "alpha_high",
                "alpha_sigmoid_steepness", "max_allowed_validators", "stake_threshold", "tao_weight", "commit_reveal"));
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

        private Builder set(String hyperparameter) {
            unset.remove(hyperparameter);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param v SubnetworkN, u16
         */
        public Builder n(int v) { n = v; return this; }

        /**
         * {@return this builder}
         *
         * @param v the block at which the epoch runs, u64
         */
        public Builder currentBlock(long v) { currentBlock = v; return this; }

        /**
         * {@return this builder}
         *
         * @param v Tempo, u16 (a hyperparameter)
         */
        public Builder tempo(int v) { tempo = v; return set("tempo"); }

        /**
         * {@return this builder}
         *
         * @param v the activity cutoff in blocks, u64 (a hyperparameter)
         */
        public Builder activityCutoff(long v) { activityCutoff = v; return set("activity_cutoff"); }

        /**
         * {@return this builder}
         *
         * @param v LastMechansimStepBlock, u64 (0 = never)
         */
        public Builder lastMechanismStepBlock(long v) { lastMechanismStepBlock = v; return this; }

        /**
         * {@return this builder}
         *
         * @param v Kappa, u16 (a hyperparameter)
         */
        public Builder kappa(int v) { kappa = v; return set("kappa"); }

        /**
         * {@return this builder}
         *
         * @param v BondsPenalty, u16 (a hyperparameter)
         */
        public Builder bondsPenalty(int v) { bondsPenalty = v; return set("bonds_penalty"); }

        /**
         * {@return this builder}
         *
         * @param v BondsMovingAverage, u64 (a hyperparameter)
         */
        public Builder bondsMovingAverage(long v) { bondsMovingAverage = v; return set("bonds_moving_average"); }

        /**
         * {@return this builder}
         *
         * @param v LiquidAlphaOn (a hyperparameter)
         */
        public Builder liquidAlpha(boolean v) { liquidAlpha = v; return set("liquid_alpha"); }

        /**
         * {@return this builder}
         *
         * @param v Yuma3On (a hyperparameter)
         */
        public Builder yuma3(boolean v) { yuma3 = v; return set("yuma3"); }

        /**
         * {@return this builder}
         *
         * @param v AlphaValues low, u16 (a hyperparameter)
         */
        public Builder alphaLow(int v) { alphaLow = v; return set("alpha_low"); }

        /**
         * {@return this builder}
         *
         * @param v AlphaValues high, u16 (a hyperparameter)
         */
        public Builder alphaHigh(int v) { alphaHigh = v; return set("alpha_high"); }

        /**
         * {@return this builder}
         *
         * @param v AlphaSigmoidSteepness, i16 (a hyperparameter)
         */
        public Builder alphaSigmoidSteepness(int v) { alphaSigmoidSteepness = v; return set("alpha_sigmoid_steepness"); }

        /**
         * {@return this builder}
         *
         * @param v MaxAllowedValidators, u16 (a hyperparameter)
         */
        public Builder maxAllowedValidators(int v) { maxAllowedValidators = v; return set("max_allowed_validators"); }

        /**
         * {@return this builder}
         *
         * @param v StakeThreshold, u64 (a hyperparameter)
         */
        public Builder stakeThreshold(long v) { stakeThreshold = v; return set("stake_threshold"); }

        /**
         * {@return this builder}
         *
         * @param v the owner's uid (u16), or -1 for none (the default)
         */
        public Builder ownerUid(int v) { ownerUid = v; return this; }

        /**
         * {@return this builder}
         *
         * @param v TaoWeight, u64 (a hyperparameter)
         */
        public Builder taoWeight(long v) { taoWeight = v; return set("tao_weight"); }

        /**
         * {@return this builder}
         *
         * @param v the emission to distribute, u64
         */
        public Builder raoEmission(long v) { raoEmission = v; return this; }

        /**
         * {@return this builder}
         *
         * @param v CommitRevealWeightsEnabled (a hyperparameter)
         */
        public Builder commitReveal(boolean v) { commitReveal = v; return set("commit_reveal"); }

        /**
         * {@return this builder}
         *
         * @param v alpha stake per uid, u64, length n
         * @throws NullPointerException when {@code v} is null
         */
        public Builder alphaStake(long[] v) { alphaStake = Objects.requireNonNull(v, "alpha_stake"); return this; }

        /**
         * {@return this builder}
         *
         * @param v TAO stake per uid, u64, length n
         * @throws NullPointerException when {@code v} is null
         */
        public Builder taoStake(long[] v) { taoStake = Objects.requireNonNull(v, "tao_stake"); return this; }

        /**
         * {@return this builder}
         *
         * @param v LastUpdate per uid, u64, length n
         * @throws NullPointerException when {@code v} is null
         */
        public Builder lastUpdate(long[] v) { lastUpdate = Objects.requireNonNull(v, "last_update"); return this; }

        /**
         * {@return this builder}
         *
         * @param v BlockAtRegistration per uid, u64, length n
         * @throws NullPointerException when {@code v} is null
         */
        public Builder blockAtRegistration(long[] v) {
            blockAtRegistration = Objects.requireNonNull(v, "block_at_registration");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param v ValidatorPermit per uid before this epoch, length n
         * @throws NullPointerException when {@code v} is null
         */
        public Builder validatorPermit(boolean[] v) {
            validatorPermit = Objects.requireNonNull(v, "validator_permit");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param v the earliest unexpired commit block per uid, u64, {@link #NO_COMMIT} for none, length n
         * @throws NullPointerException when {@code v} is null
         */
        public Builder commitBlock(long[] v) { commitBlock = Objects.requireNonNull(v, "commit_block"); return this; }

        /**
         * {@return this builder}
         *
         * @param v the weights rows as stored, n rows of u16 values
         * @throws NullPointerException when {@code v} is null
         */
        public Builder weights(SparseMatrix v) { weights = Objects.requireNonNull(v, "weights"); return this; }

        /**
         * {@return this builder}
         *
         * @param v the bonds rows as stored, n rows of u16 values
         * @throws NullPointerException when {@code v} is null
         */
        public Builder bonds(SparseMatrix v) { bonds = Objects.requireNonNull(v, "bonds"); return this; }

        /**
         * Validates and builds the input.
         *
         * @return the input
         * @throws InvalidInputException naming every hyperparameter not set, or else the field,
         *     uid and value of the first violation
         */
        public EpochInput build() {
            if (!unset.isEmpty()) {
                throw new InvalidInputException(unset.iterator().next(), -1, "not set; every hyperparameter must be"
                        + " set, and these are not: " + String.join(", ", unset)
                        + " (EpochInput.chainDefaults() starts from the chain's defaults)");
            }
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
