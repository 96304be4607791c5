package io.yuma.simd;

/**
 * Time spent per epoch stage of {@link SubnetKernel}, for finding which passes cost most. The
 * kernel calls {@link #lap} after each stage; the engine's kernels use {@link #OFF}, which reads
 * no clock, and the stage profile (a test-scope tool) an enabled clock that adds each stage's
 * nanoseconds since the previous lap.
 */
final class StageClock {
    /** The clock of every engine kernel: laps cost one branch. */
    static final StageClock OFF = new StageClock(false);

    /** The stages, in the kernel's order; a stage absent from a subnet's path records nothing. */
    enum Stage {
        /** uid columns, inactive, stake, validator permits, active stake */
        VECTORS,
        /** loading and masking the weights */
        LOAD_WEIGHTS,
        /** row-normalizing the weights */
        NORMALIZE_WEIGHTS,
        /** the weighted median consensus */
        MEDIAN,
        /** clip, validator trust, ranks and incentive */
        CLIP_RANKS,
        /** interpolating the weights for bonds */
        WEIGHTS_FOR_BONDS,
        /** loading and masking the bonds */
        LOAD_BONDS,
        /** column-normalizing the stored bonds (original Yuma) */
        NORMALIZE_BONDS,
        /** bonds delta: Hadamard product and column normalization (original Yuma) */
        BONDS_DELTA,
        /** the bonds EMA, fixed or liquid alpha */
        EMA,
        /** column-normalizing the EMA bonds and the dividends */
        DIVIDENDS,
        /** column max-upscaling the EMA bonds (original Yuma) */
        UPSCALE,
        /** emissions and writing the results */
        WRITE
    }

    private final boolean enabled;
    private final long[] nanos = new long[Stage.values().length];
    private long last;

    /** @param enabled whether laps read the clock */
    StageClock(boolean enabled) {
        this.enabled = enabled;
    }

    /** Starts timing an epoch. */
    void start() {
        if (enabled) {
            last = System.nanoTime();
        }
    }

    /** Adds the time since the previous lap to {@code stage}. */
    void lap(Stage stage) {
        if (enabled) {
            long now = System.nanoTime();
            nanos[stage.ordinal()] += now - last;
            last = now;
        }
    }

    /** {@return the nanoseconds recorded for {@code stage} since the last reset} */
    long nanos(Stage stage) {
        return nanos[stage.ordinal()];
    }

    /** Forgets every recorded time. */
    void reset() {
        java.util.Arrays.fill(nanos, 0L);
    }
}
