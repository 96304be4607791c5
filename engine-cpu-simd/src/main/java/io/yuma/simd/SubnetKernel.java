package io.yuma.simd;

import static io.yuma.batch.layout.BatchLayout.*;
import static io.yuma.fixed.I32F32.ZERO;

import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import io.yuma.fixed.I32F32;
import io.yuma.fixed.U64;
import io.yuma.simd.StageClock.Stage;
import java.lang.foreign.MemorySegment;

/**
 * One subnet's epoch, read straight from a {@link SubnetBatch} and written straight into
 * {@link BatchResults}, over a reusable {@link Workspace}: the chain's {@code epoch_mechanism}
 * (pallets/subtensor/src/epoch/run_epoch.rs), step for step under its section names, each step
 * a call into the class that does that job. Same steps, same order of saturating operations and
 * same row orders as the reference transcription; what differs is how: no per-step allocation,
 * sparse work where the chain goes dense, and the hot arithmetic on vector lanes. Each step is a
 * method of its own, small enough for the JIT to compile with its arithmetic helpers inlined (as
 * one large method it stopped inlining them). Not thread-safe: one kernel per thread.
 */
final class SubnetKernel {
    private final Workspace w = new Workspace();
    private final SubnetConstants constants = new SubnetConstants();
    private final InputLoader inputs = new InputLoader(w);
    private final VectorSteps vectors = new VectorSteps(w);
    private final LiquidAlphaEma liquidAlphaEma = new LiquidAlphaEma(w);
    private final ResultWriter results = new ResultWriter(w);
    private final StageClock clock;

    /** A kernel that times nothing. */
    SubnetKernel() {
        this(StageClock.OFF);
    }

    /** @param clock where the time of each stage is added */
    SubnetKernel(StageClock clock) {
        this.clock = clock;
    }

    /**
     * Computes one subnet of a batch into its results.
     *
     * @param batch the batch
     * @param s the subnet's index in the batch
     * @param out the batch's results, where subnet s's are written
     */
    void compute(SubnetBatch batch, int s, BatchResults out) {
        MemorySegment rec = batch.subnetRecords();
        int n = batch.n(s);
        long base = batch.uidBase(s);
        int ownerUid = intField(rec, s, OWNER_UID_OFFSET);
        int flags = intField(rec, s, FLAGS_OFFSET);
        long currentBlock = longField(rec, s, CURRENT_BLOCK_OFFSET);
        clock.start();
        w.ensure(n);
        inputs.uidColumns(batch, base, n);

        // == Active & updated ==
        vectors.markInactive(n, currentBlock, longField(rec, s, ACTIVITY_CUTOFF_OFFSET));
        // == Stake ==
        vectors.stake(batch, base, n, ownerUid, constants.taoWeight(longField(rec, s, TAO_WEIGHT_OFFSET)),
                longField(rec, s, STAKE_THRESHOLD_OFFSET));
        // == Validator permits ==
        vectors.validatorPermits(batch, base, n, ownerUid, intField(rec, s, MAX_ALLOWED_VALIDATORS_OFFSET));
        // == Active Stake ==
        vectors.activeStake(n);
        clock.lap(Stage.VECTORS);
        // == Weights ==
        inputs.weights(batch, base, n, ownerUid, (flags & FLAG_COMMIT_REVEAL) != 0);
        clock.lap(Stage.LOAD_WEIGHTS);
        Lanes.rowNormalizeWeights(w.weights);
        clock.lap(Stage.NORMALIZE_WEIGHTS);
        // == Consensus, Validator Trust ==
        long kappa = I32F32.u16ProportionToFixed(intField(rec, s, KAPPA_OFFSET));
        MedianKernel.weightedMedianColSparse(w, w.activeStake, w.weights, n, kappa, w.consensus);
        clock.lap(Stage.MEDIAN);
        // clipped weights, validator trust, and (== Ranks, Trust, Incentive ==) ranks
        w.clipTrustRanks.compute(w.weights, w.consensus, w.activeStake, n, w.clipped, w.validatorTrust, w.incentive);
        Lanes.normalize(w.incentive, n);
        clock.lap(Stage.CLIP_RANKS);
        // == Bonds and Dividends ==
        long bondsPenalty = I32F32.u16ProportionToFixed(intField(rec, s, BONDS_PENALTY_OFFSET));
        SparseRows weightsForBonds =
                SparseMath.interpolateSparse(w.weights, w.clipped, n, bondsPenalty, w.rowA, w.rowB, w.forBonds);
        clock.lap(Stage.WEIGHTS_FOR_BONDS);
        long lastMechanismStep = longField(rec, s, LAST_MECHANISM_STEP_BLOCK_OFFSET);
        long lastTempo = lastMechanismStep == 0
                ? U64.saturatingSub(currentBlock, intField(rec, s, TEMPO_OFFSET))
                : U64.saturatingAdd(lastMechanismStep, 1);
        if ((flags & FLAG_YUMA3) != 0) {
            yuma3BondsAndDividends(batch, s, n, base, (flags & FLAG_LIQUID_ALPHA) != 0, weightsForBonds, lastTempo);
        } else {
            bondsAndDividends(batch, s, n, base, weightsForBonds, lastTempo);
        }
        // == Emission and Pruning scores ==
        vectors.normalizedEmissions(n);
        results.uidColumns(n, base, longField(rec, s, RAO_EMISSION_OFFSET), out);
        results.bonds(s, n, out);
        clock.lap(Stage.WRITE);
    }

    /**
     * Yuma3: bonds as proportions, {@code compute_bonds} (liquid alpha when on and the consensus
     * is not all zero, else the disabled-liquid-alpha EMA), dividends from the column-normalized
     * EMA bonds times the incentive, times the active stake, normalized.
     */
    private void yuma3BondsAndDividends(SubnetBatch batch, int s, int n, long base, boolean liquidAlphaOn,
            SparseRows weightsForBonds, long lastTempo) {
        MemorySegment rec = batch.subnetRecords();
        inputs.bonds(batch, base, n, lastTempo, true, null);
        clock.lap(Stage.LOAD_BONDS);
        if (liquidAlphaOn && n > 0 && anyNonZero(w.consensus, n)) {
            w.liquidAlpha.begin(I32F32.u16ProportionToFixed(intField(rec, s, ALPHA_LOW_OFFSET)),
                    I32F32.u16ProportionToFixed(intField(rec, s, ALPHA_HIGH_OFFSET)),
                    I32F32.fromInt(intField(rec, s, ALPHA_SIGMOID_STEEPNESS_OFFSET)));
            liquidAlphaEma.matEmaLiquidAlpha(weightsForBonds, w.bonds, w.consensus, n, w.ema);
            Lanes.addColumnSums(w.ema, n, w.columnSums);
        } else {
            long alpha = constants.disabledLiquidAlpha(longField(rec, s, BONDS_MOVING_AVERAGE_OFFSET));
            FixedAlphaEma.matEmaSparse(weightsForBonds, w.bonds, n, alpha, w.byColumn, w.columnSums, w.ema);
        }
        clock.lap(Stage.EMA);
        // the column-normalized EMA bonds are read once, by the products: their values only, beside
        // the EMA's own rows and columns
        long[] emaBondsNorm = w.quotients(w.ema.size);
        w.columnDivision.divide(w.ema, n, w.columnSums, false, emaBondsNorm);
        RowDotProducts.rowSumOfMatVecMul(w.ema, emaBondsNorm, w.incentive, n, w.dividends); // total_bonds_per_validator
        vectors.multiplyDividendsByActiveStake(n);
        Lanes.normalize(w.dividends, n);
        clock.lap(Stage.DIVIDENDS);
    }

    /**
     * Original Yuma: bonds column-normalized, {@code bonds_delta} (weights for bonds times the
     * active stake, column-normalized), {@code compute_ema_bonds_normal_sparse}, dividends from
     * the column-normalized EMA bonds, and the EMA bonds column max-upscaled for storage.
     */
    private void bondsAndDividends(SubnetBatch batch, int s, int n, long base, SparseRows weightsForBonds,
            long lastTempo) {
        inputs.bonds(batch, base, n, lastTempo, false, w.columnSums);
        clock.lap(Stage.LOAD_BONDS);
        w.columnDivision.divide(w.bonds, n, w.columnSums, true); // stored u16 bonds
        clock.lap(Stage.NORMALIZE_BONDS);
        SparseRows bondsDelta = w.scratch;
        SparseMath.rowHadamardSparse(weightsForBonds, w.activeStake, n, w.columnSums, bondsDelta);
        w.columnDivision.divide(bondsDelta, n, w.columnSums, false);
        clock.lap(Stage.BONDS_DELTA);
        long alpha = constants.normalAlpha(longField(batch.subnetRecords(), s, BONDS_MOVING_AVERAGE_OFFSET));
        FixedAlphaEma.matEmaSparse(bondsDelta, w.bonds, n, alpha, w.byColumn, w.columnSums, w.ema);
        clock.lap(Stage.EMA);
        w.columnDivision.divide(w.ema, n, w.columnSums, false);
        RowDotProducts.matmulTransposeWithColumnMax(w.ema, w.incentive, n, w.dividends, w.columnSums);
        Lanes.normalize(w.dividends, n);
        clock.lap(Stage.DIVIDENDS);
        w.columnDivision.divide(w.ema, n, w.columnSums, false);
        clock.lap(Stage.UPSCALE);
    }

    /** The consensus check of {@code compute_bonds}: liquid alpha needs a nonzero entry. */
    private static boolean anyNonZero(long[] x, int n) {
        for (int j = 0; j < n; j++) {
            if (x[j] != ZERO) {
                return true;
            }
        }
        return false;
    }
}
