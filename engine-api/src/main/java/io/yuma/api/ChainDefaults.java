package io.yuma.api;

/**
 * The subtensor chain's default subnet hyperparameters: what a new subnet starts with on the
 * production runtime, from opentensor/subtensor at commit 14bc6f9 (the commit the engines follow).
 * The pallet's storage defaults ({@code pallets/subtensor/src/lib.rs}) mostly return the runtime's
 * {@code Initial*} constants ({@code runtime/src/lib.rs}, {@code parameter_types!} of the subtensor
 * pallet); each constant names both lines. {@link EpochInput#chainDefaults()} pre-fills a builder
 * with them.
 */
public final class ChainDefaults {
    /** Tempo, u16: pallet lib.rs:745 DefaultTempo = InitialTempo; runtime lib.rs:960 INITIAL_SUBNET_TEMPO = 360 (prod). */
    public static final int TEMPO = 360;

    /**
     * Activity cutoff in blocks, u64: the epoch reads {@code get_activity_cutoff_blocks}
     * (utils/misc.rs:614) = max(1, ActivityCutoffFactorMilli x tempo / 1000), with the factor's
     * default 13_889 (pallet lib.rs:1821 INITIAL_ACTIVITY_CUTOFF_FACTOR_MILLI): 13_889 x 360 / 1000
     * = 5000 blocks, as the former runtime constant (runtime lib.rs:985 InitialActivityCutoff =
     * 5000). The chain derives it from the tempo: set it again when you change the tempo.
     */
    public static final long ACTIVITY_CUTOFF = 5_000;

    /** Kappa, u16: pallet lib.rs:775 DefaultKappa = InitialKappa; runtime lib.rs:971 = 32_767 (0.5). */
    public static final int KAPPA = 32_767;

    /** BondsPenalty, u16: pallet lib.rs:840 DefaultBondsPenalty = InitialBondsPenalty; runtime lib.rs:989 = u16::MAX. */
    public static final int BONDS_PENALTY = 65_535;

    /**
     * BondsMovingAverage, u64: pallet lib.rs:834 DefaultBondsMovingAverage =
     * InitialBondsMovingAverage; runtime lib.rs:988 = 900_000 (0.9).
     */
    public static final long BONDS_MOVING_AVERAGE = 900_000;

    /** LiquidAlphaOn: pallet lib.rs:977 DefaultLiquidAlpha = false. */
    public static final boolean LIQUID_ALPHA = false;

    /** Yuma3On: pallet lib.rs:983 DefaultYuma3 = false. */
    public static final boolean YUMA3 = false;

    /** AlphaValues low, u16: pallet lib.rs:989 DefaultAlphaValues = (45875, 58982), 0.7. */
    public static final int ALPHA_LOW = 45_875;

    /** AlphaValues high, u16: pallet lib.rs:989 DefaultAlphaValues = (45875, 58982), 0.9. */
    public static final int ALPHA_HIGH = 58_982;

    /**
     * AlphaSigmoidSteepness, i16: pallet lib.rs:769 DefaultAlphaSigmoidSteepness =
     * InitialAlphaSigmoidSteepness; runtime lib.rs:970 = 1000.
     */
    public static final int ALPHA_SIGMOID_STEEPNESS = 1_000;

    /**
     * MaxAllowedValidators, u16: pallet lib.rs:822 DefaultMaxAllowedValidators =
     * InitialMaxAllowedValidators; runtime lib.rs:978 = 128.
     */
    public static final int MAX_ALLOWED_VALIDATORS = 128;

    /** StakeThreshold, u64: pallet lib.rs:876 DefaultStakeThreshold = 0 (the chain's governance sets it). */
    public static final long STAKE_THRESHOLD = 0;

    /**
     * TaoWeight, u64: pallet lib.rs:494 DefaultTaoWeight = InitialTaoWeight; runtime lib.rs:1031 =
     * 971_718_665_099_567_868 (about 0.0527 of u64::MAX).
     */
    public static final long TAO_WEIGHT = 971_718_665_099_567_868L;

    /** CommitRevealWeightsEnabled: pallet lib.rs:965 DefaultCommitRevealWeightsEnabled = true. */
    public static final boolean COMMIT_REVEAL = true;

    private ChainDefaults() {
    }
}
