package io.yuma.reference;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingDiv;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;
import static io.yuma.reference.EpochMath.*;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.EpochTrace;
import io.yuma.api.SparseMatrix;
import io.yuma.fixed.I32F32;
import io.yuma.fixed.I64F64;
import io.yuma.fixed.I96F32;
import io.yuma.fixed.Int128;
import io.yuma.fixed.U64;
import io.yuma.fixed.U96F32;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chain's {@code epoch_mechanism} (run_epoch.rs), transcribed step by step with the chain's
 * names and section headings, reading the chain state from an {@link EpochInput}. Nothing here
 * is clever on purpose: every other engine is tested against it.
 */
final class ReferenceEpoch {

    private final EpochInput in;
    private final int n;
    private final Map<String, long[]> trace;

    private ReferenceEpoch(EpochInput input, boolean traced) {
        this.in = input;
        this.n = input.n();
        this.trace = traced ? new LinkedHashMap<>() : null;
    }

    static EpochResult run(EpochInput input, boolean traced) {
        return new ReferenceEpoch(input, traced).epochMechanism();
    }

    private void record(String step, long[] values) {
        if (trace != null) {
            trace.put(step, values.clone());
        }
    }

    private EpochResult epochMechanism() {
        // == Active & updated ==
        long currentBlock = in.currentBlock();
        long tempo = in.tempo();
        long activityCutoff = in.activityCutoff();
        long[] lastUpdate = in.lastUpdates();
        boolean[] inactive = new boolean[n];
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            inactive[i] = Long.compareUnsigned(U64.saturatingAdd(lastUpdate[i], activityCutoff), currentBlock) < 0;
            active[i] = !inactive[i];
        }
        long[] blockAtRegistration = in.blocksAtRegistration();

        // == Stake ==
        Int128[] totalStake = getStakeWeightsForNetwork();
        long minStake = in.stakeThreshold();
        int ownerUid = in.ownerUid(); // -1: None
        Int128[] filteredStake = new Int128[n];
        for (int uid = 0; uid < n; uid++) {
            boolean belowThreshold = Long.compareUnsigned(I64F64.toU64(totalStake[uid]), minStake) < 0;
            filteredStake[uid] = (ownerUid != uid && belowThreshold) ? Int128.ZERO : totalStake[uid];
        }
        inplaceNormalize64(filteredStake);
        long[] stake = new long[n];
        for (int i = 0; i < n; i++) {
            stake[i] = I64F64.toI32F32Saturating(filteredStake[i]); // vec_fixed64_to_fixed32
        }
        record("stake", stake);

        // == Validator permits ==
        boolean[] validatorPermits = in.validatorPermits();
        if (ownerUid >= 0 && ownerUid < n) {
            validatorPermits[ownerUid] = true;
        }
        boolean[] validatorForbids = new boolean[n];
        for (int i = 0; i < n; i++) {
            validatorForbids[i] = !validatorPermits[i];
        }
        boolean[] newValidatorPermits = isTopkNonzero(stake, in.maxAllowedValidators());
        if (ownerUid >= 0 && ownerUid < n) {
            newValidatorPermits[ownerUid] = true;
        }

        // == Active Stake ==
        long[] activeStake = stake.clone();
        inplaceMaskVector(inactive, activeStake);
        inplaceMaskVector(validatorForbids, activeStake);
        inplaceNormalize(activeStake);
        record("active_stake", activeStake);

        // == Weights ==
        SparseRow[] weights = getWeightsSparse();
        weights = maskRowsSparse(validatorForbids, weights);
        weights = ownerUid >= 0 ? maskDiagSparseExceptIndex(weights, ownerUid) : maskDiagSparse(weights);
        weights = vecMaskSparseMatrix(weights, lastUpdate, blockAtRegistration,
                (updated, registered) -> Long.compareUnsigned(updated, registered) <= 0);
        if (in.commitReveal()) {
            weights = vecMaskSparseMatrix(weights, in.commitBlocks(), blockAtRegistration,
                    (commitBlock, registered) -> Long.compareUnsigned(commitBlock, registered) < 0);
        }
        inplaceRowNormalizeSparse(weights);

        // == Consensus, Validator Trust ==
        long kappa = I32F32.u16ProportionToFixed(in.kappa()); // get_float_kappa
        long[] consensus = weightedMedianColSparse(activeStake, weights, n, kappa);
        record("consensus", consensus);
        SparseRow[] clippedWeights = colClipSparse(weights, consensus);
        long[] validatorTrust = rowSumSparse(clippedWeights);
        record("validator_trust", validatorTrust);

        // == Ranks, Trust, Incentive ==
        long[] ranks = matmulSparse(clippedWeights, activeStake, n);
        inplaceNormalize(ranks);
        long[] incentive = ranks.clone();
        record("incentive", incentive);

        // == Bonds and Dividends ==
        long bondsPenalty = I32F32.u16ProportionToFixed(in.bondsPenalty()); // get_float_bonds_penalty
        SparseRow[] weightsForBonds = interpolateSparse(weights, clippedWeights, n, bondsPenalty);
        long lastTempo = in.lastMechanismStepBlock() == 0
                ? U64.saturatingSub(currentBlock, tempo)
                : U64.saturatingAdd(in.lastMechanismStepBlock(), 1);
        EpochMath.U64Predicate registeredSinceLastTempo =
                (last, registered) -> Long.compareUnsigned(last, registered) <= 0;

        long[] dividends;
        SparseRow[] emaBonds;
        if (in.yuma3()) {
            SparseRow[] bonds = getBondsSparse(true); // get_bonds_sparse_fixed_proportion
            bonds = scalarVecMaskSparseMatrix(bonds, lastTempo, blockAtRegistration, registeredSinceLastTempo);
            emaBonds = computeBondsSparse(weightsForBonds, bonds, consensus);
            SparseRow[] emaBondsNorm = copyOf(emaBonds);
            inplaceColNormalizeSparse(emaBondsNorm, n);
            long[] totalBondsPerValidator = rowSumSparse(matVecMulSparse(emaBondsNorm, incentive));
            dividends = vecMul(totalBondsPerValidator, activeStake);
            inplaceNormalize(dividends);
        } else {
            SparseRow[] bonds = getBondsSparse(false);
            bonds = scalarVecMaskSparseMatrix(bonds, lastTempo, blockAtRegistration, registeredSinceLastTempo);
            inplaceColNormalizeSparse(bonds, n);
            SparseRow[] bondsDelta = rowHadamardSparse(weightsForBonds, activeStake);
            inplaceColNormalizeSparse(bondsDelta, n);
            emaBonds = computeEmaBondsNormalSparse(bondsDelta, bonds);
            inplaceColNormalizeSparse(emaBonds, n);
            dividends = matmulTransposeSparse(emaBonds, incentive);
            inplaceNormalize(dividends);
            inplaceColMaxUpscaleSparse(emaBonds, n);
        }
        record("dividends", dividends);

        // == Emission and Pruning scores ==
        long[] combinedEmission = new long[n];
        for (int i = 0; i < n; i++) {
            combinedEmission[i] = saturatingAdd(incentive[i], dividends[i]);
        }
        long emissionSum = sum(combinedEmission);
        long[] normalizedServerEmission = incentive.clone();
        long[] normalizedValidatorEmission = dividends.clone();
        long[] normalizedCombinedEmission = combinedEmission.clone();
        inplaceNormalizeUsingSum(normalizedServerEmission, emissionSum);
        inplaceNormalizeUsingSum(normalizedValidatorEmission, emissionSum);
        inplaceNormalize(normalizedCombinedEmission);
        if (emissionSum == ZERO) {
            long[] fallback = isZero(activeStake) ? stake : activeStake;
            normalizedValidatorEmission = fallback.clone();
            normalizedCombinedEmission = fallback.clone();
        }
        record("normalized_server_emission", normalizedServerEmission);
        record("normalized_validator_emission", normalizedValidatorEmission);
        record("normalized_combined_emission", normalizedCombinedEmission);

        long raoEmission = in.raoEmission();
        long[] serverEmission = new long[n];
        long[] validatorEmission = new long[n];
        long[] emission = new long[n];
        for (int i = 0; i < n; i++) {
            serverEmission[i] = I96F32.mulToU64(normalizedServerEmission[i], raoEmission);
            validatorEmission[i] = I96F32.mulToU64(normalizedValidatorEmission[i], raoEmission);
            emission[i] = I96F32.mulToU64(normalizedCombinedEmission[i], raoEmission);
        }

        // == Populate epoch output ==
        int[] stakeWeight = new int[n];
        int[] consensusU16 = new int[n];
        int[] incentiveU16 = new int[n];
        int[] dividendU16 = new int[n];
        int[] validatorTrustU16 = new int[n];
        long[] rawStake = new long[n];
        for (int i = 0; i < n; i++) {
            stakeWeight[i] = I32F32.fixedProportionToU16(stake[i]);
            consensusU16[i] = I32F32.fixedProportionToU16(consensus[i]);
            incentiveU16[i] = I32F32.fixedProportionToU16(incentive[i]);
            dividendU16[i] = I32F32.fixedProportionToU16(dividends[i]);
            validatorTrustU16[i] = I32F32.fixedProportionToU16(validatorTrust[i]);
            rawStake[i] = I64F64.toU64(totalStake[i]);
        }
        SparseMatrix.Builder bondRows = new SparseMatrix.Builder(n);
        for (int uid = 0; uid < n; uid++) {
            if (newValidatorPermits[uid] && uid < emaBonds.length) {
                SparseRow row = emaBonds[uid];
                for (int k = 0; k < row.size(); k++) {
                    bondRows.add(row.columns[k], I32F32.fixedProportionToU16(row.values[k]));
                }
            }
            bondRows.endRow();
        }
        EpochTrace epochTrace = trace == null ? null : new EpochTrace(trace, toMatrix(emaBonds));
        return new EpochResult(active, rawStake, stakeWeight, consensusU16, validatorTrustU16, incentiveU16,
                dividendU16, newValidatorPermits, serverEmission, validatorEmission, emission, bondRows.build(),
                epochTrace);
    }

    /** {@code get_stake_weights_for_network}: {@code alpha + tao * tao_weight} as I64F64, saturating. */
    private Int128[] getStakeWeightsForNetwork() {
        // get_tao_weight: U96F32(TaoWeight) / U96F32(u64::MAX), then I64F64::saturating_from_num.
        Int128 taoWeight = I64F64.saturatingFromU96F32(
                U96F32.safeDiv(U96F32.fromU64(in.taoWeight()), U96F32.fromU64(U64.MAX)));
        Int128[] total = new Int128[n];
        for (int uid = 0; uid < n; uid++) {
            Int128 alpha = I64F64.saturatingFromU64(in.alphaStake(uid));
            Int128 tao = I64F64.saturatingFromU64(in.taoStake(uid));
            total[uid] = alpha.saturatingAdd(I64F64.saturatingMul(tao, taoWeight));
        }
        return total;
    }

    /** {@code inplace_normalize_64}: divide by the wrapping I64F64 sum unless it is zero. */
    private static void inplaceNormalize64(Int128[] x) {
        Int128 sum = Int128.ZERO;
        for (Int128 v : x) {
            sum = sum.wrappingAdd(v);
        }
        if (sum.isZero()) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = I64F64.safeDiv(x[i], sum);
        }
    }

    /** {@code get_weights_sparse}: stored rows, entries with column below n, as I32F32. */
    private SparseRow[] getWeightsSparse() {
        SparseMatrix stored = in.weights();
        SparseRow[] rows = new SparseRow[n];
        for (int i = 0; i < n; i++) {
            SparseRow.Builder row = new SparseRow.Builder(stored.rowLength(i));
            for (int k = 0; k < stored.rowLength(i); k++) {
                if (stored.column(i, k) < n) {
                    row.push(stored.column(i, k), I32F32.fromInt(stored.value(i, k)));
                }
            }
            rows[i] = row.build();
        }
        return rows;
    }

    /**
     * {@code get_bonds_sparse}: every stored entry (columns at or beyond n included) as I32F32;
     * with {@code asProportion}, divided by 65535 ({@code get_bonds_sparse_fixed_proportion}).
     */
    private SparseRow[] getBondsSparse(boolean asProportion) {
        SparseMatrix stored = in.bonds();
        SparseRow[] rows = new SparseRow[n];
        for (int i = 0; i < n; i++) {
            SparseRow.Builder row = new SparseRow.Builder(stored.rowLength(i));
            for (int k = 0; k < stored.rowLength(i); k++) {
                long bond = I32F32.fromInt(stored.value(i, k)); // u16_to_fixed
                row.push(stored.column(i, k), asProportion ? I32F32.safeDiv(bond, I32F32.U16_MAX) : bond);
            }
            rows[i] = row.build();
        }
        return rows;
    }

    /** {@code compute_ema_bonds_normal_sparse}: EMA with {@code alpha = 1 - bonds_moving_average / 1e6}. */
    private SparseRow[] computeEmaBondsNormalSparse(SparseRow[] bondsDelta, SparseRow[] bonds) {
        Int128 bondsMovingAverage = I64F64.safeDiv(I64F64.saturatingFromU64(in.bondsMovingAverage()),
                I64F64.saturatingFromU64(1_000_000L));
        long alpha = saturatingSub(ONE, I64F64.toI32F32Saturating(bondsMovingAverage));
        return matEmaSparse(bondsDelta, bonds, alpha);
    }

    /** {@code compute_bonds_sparse}: liquid alpha when on and some consensus is non-zero. */
    private SparseRow[] computeBondsSparse(SparseRow[] weights, SparseRow[] bonds, long[] consensus) {
        boolean anyConsensus = false;
        for (long c : consensus) {
            anyConsensus |= c != ZERO;
        }
        if (in.liquidAlpha() && consensus.length > 0 && anyConsensus) {
            long[][] alphas = computeLiquidAlphaValuesSparse(weights, bonds, consensus);
            return matEmaAlphaSparse(weights, bonds, alphas);
        }
        return matEmaSparse(weights, bonds, computeDisabledLiquidAlpha());
    }

    /**
     * {@code compute_disabled_liquid_alpha}. Unlike the Yuma path, this uses the wrapping
     * {@code from_num} conversions, which the production build does not check.
     */
    private long computeDisabledLiquidAlpha() {
        Int128 bondsMovingAverage = I64F64.saturatingDiv(I64F64.wrappingFromU64(in.bondsMovingAverage()),
                I64F64.wrappingFromU64(1_000_000L));
        return saturatingSub(ONE, I64F64.toI32F32Wrapping(bondsMovingAverage));
    }

    /**
     * {@code compute_liquid_alpha_values_sparse}: a dense n x n matrix of alphas; each row walks its
     * weight and bond entries with the chain's peeking merge, which assumes ascending columns.
     */
    private long[][] computeLiquidAlphaValuesSparse(SparseRow[] weights, SparseRow[] bonds, long[] consensus) {
        long steepness = I32F32.fromInt(in.alphaSigmoidSteepness());
        long alphaLow = I32F32.u16ProportionToFixed(in.alphaLow());
        long alphaHigh = I32F32.u16ProportionToFixed(in.alphaHigh());
        long[][] alphas = new long[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            SparseRow wRow = weights[i];
            SparseRow bRow = bonds[i];
            int w = 0;
            int b = 0;
            long[] rowAlphas = new long[consensus.length];
            for (int j = 0; j < consensus.length; j++) {
                long weight = ZERO;
                while (w < wRow.size()) {
                    if (wRow.columns[w] < j) {
                        w++;
                    } else {
                        if (wRow.columns[w] == j) {
                            weight = wRow.values[w];
                        }
                        break;
                    }
                }
                long bond = ZERO;
                while (b < bRow.size()) {
                    if (bRow.columns[b] < j) {
                        b++;
                    } else {
                        if (bRow.columns[b] == j) {
                            bond = bRow.values[b];
                        }
                        break;
                    }
                }
                rowAlphas[j] = alphaSigmoid(consensus[j], weight, bond, alphaLow, alphaHigh, steepness);
            }
            alphas[i] = rowAlphas;
        }
        return alphas;
    }

    /** {@code alpha_sigmoid}. */
    static long alphaSigmoid(long consensus, long weight, long bond, long alphaLow, long alphaHigh,
            long alphaSigmoidSteepness) {
        long diffBuy = clampValue(saturatingSub(weight, consensus), ZERO, ONE);
        long diffSell = clampValue(saturatingSub(bond, weight), ZERO, ONE);
        long combinedDiff = weight >= bond ? diffBuy : diffSell;
        long exponent = saturatingMul(saturatingDiv(alphaSigmoidSteepness, I32F32.fromInt(-100)),
                saturatingSub(combinedDiff, I32F32.HALF));
        long sigmoid = saturatingDiv(ONE, saturatingAdd(ONE, expSafe(exponent)));
        long alpha = saturatingAdd(alphaLow, saturatingMul(sigmoid, saturatingSub(alphaHigh, alphaLow)));
        return clampValue(alpha, alphaLow, alphaHigh);
    }

    private static SparseMatrix toMatrix(SparseRow[] rows) {
        SparseMatrix.Builder matrix = new SparseMatrix.Builder(rows.length);
        for (SparseRow row : rows) {
            for (int k = 0; k < row.size(); k++) {
                matrix.add(row.columns[k], row.values[k]);
            }
            matrix.endRow();
        }
        return matrix.build();
    }
}
