package io.yuma.simd;

import static io.yuma.batch.layout.BatchLayout.*;
import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.safeDiv;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;

import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import io.yuma.fixed.I32F32;
import io.yuma.fixed.I64F64;
import io.yuma.fixed.I96F32;
import io.yuma.fixed.Int128;
import java.lang.foreign.MemorySegment;

/**
 * One subnet's epoch, read straight from a {@link SubnetBatch} and written straight into
 * {@link BatchResults}, over flat reusable arrays. Same steps, same order of saturating
 * operations and same row orders as the reference transcription; what differs is how: no
 * per-step allocation, sparse work where the chain goes dense (liquid alpha only where an entry
 * needs it), and the hot divisions in {@link Lanes}. Not thread-safe: one kernel per thread.
 */
final class SubnetKernel {

    private final Workspace w = new Workspace();
    private final SubnetConstants constants = new SubnetConstants();

    /**
     * Computes subnet {@code s} of {@code batch} into {@code out}. Each stage is a method of its
     * own, small enough for the JIT to compile with its arithmetic helpers inlined.
     */
    void compute(SubnetBatch batch, int s, BatchResults out) {
        MemorySegment rec = batch.subnetRecords();
        int n = batch.n(s);
        long base = batch.uidBase(s);
        int ownerUid = intField(rec, s, OWNER_UID_OFFSET);
        int flags = intField(rec, s, FLAGS_OFFSET);
        long currentBlock = longField(rec, s, CURRENT_BLOCK_OFFSET);
        w.ensure(n);
        MemorySegment.copy(batch.lastUpdate(), LONG, base * 8, w.lastUpdate, 0, n);
        MemorySegment.copy(batch.blockAtRegistration(), LONG, base * 8, w.blockAtRegistration, 0, n);

        // == Active & updated ==
        markInactive(n, currentBlock, longField(rec, s, ACTIVITY_CUTOFF_OFFSET));
        // == Stake ==
        computeStake(batch, s, n, base, ownerUid);
        // == Validator permits ==
        validatorPermits(batch, base, n, ownerUid, intField(rec, s, MAX_ALLOWED_VALIDATORS_OFFSET));
        // == Active Stake ==
        activeStake(n);
        // == Weights ==
        boolean commitReveal = (flags & FLAG_COMMIT_REVEAL) != 0;
        if (commitReveal) {
            MemorySegment.copy(batch.commitBlock(), LONG, base * 8, w.commitBlock, 0, n);
        }
        loadWeights(batch.weights(), base, n, ownerUid, commitReveal);
        Lanes.rowNormalizeWeights(w.weights);
        // == Consensus, Validator Trust ==
        long kappa = I32F32.u16ProportionToFixed(intField(rec, s, KAPPA_OFFSET));
        MedianKernel.weightedMedianColSparse(w, w.activeStake, w.weights, n, kappa, w.consensus);
        colClipSparse(w.weights, w.consensus, w.clipped);
        rowSumSparse(w.clipped, w.validatorTrust);
        // == Ranks, Trust, Incentive ==
        matmulSparse(w.clipped, w.activeStake, n, w.incentive);
        Lanes.normalize(w.incentive, n);
        // == Bonds and Dividends ==
        long bondsPenalty = I32F32.u16ProportionToFixed(intField(rec, s, BONDS_PENALTY_OFFSET));
        Csr weightsForBonds = bondsPenalty == ZERO ? w.weights
                : bondsPenalty == ONE ? w.clipped
                : interpolateSparse(w.weights, w.clipped, n, bondsPenalty, w.forBonds);
        long lms = longField(rec, s, LAST_MECHANISM_STEP_BLOCK_OFFSET);
        long lastTempo = lms == 0
                ? io.yuma.fixed.U64.saturatingSub(currentBlock, intField(rec, s, TEMPO_OFFSET))
                : io.yuma.fixed.U64.saturatingAdd(lms, 1);
        long bondsMovingAverage = longField(rec, s, BONDS_MOVING_AVERAGE_OFFSET);
        if ((flags & FLAG_YUMA3) != 0) {
            loadBonds(batch.bonds(), base, n, lastTempo, true);
            if ((flags & FLAG_LIQUID_ALPHA) != 0 && n > 0 && anyNonZero(w.consensus, n)) {
                w.liquidAlpha.begin(I32F32.u16ProportionToFixed(intField(rec, s, ALPHA_LOW_OFFSET)),
                        I32F32.u16ProportionToFixed(intField(rec, s, ALPHA_HIGH_OFFSET)),
                        I32F32.fromInt(intField(rec, s, ALPHA_SIGMOID_STEEPNESS_OFFSET)));
                matEmaLiquidAlpha(weightsForBonds, w.bonds, w.consensus, n, w.ema);
            } else {
                matEmaSparse(weightsForBonds, w.bonds, n, constants.disabledLiquidAlpha(bondsMovingAverage), w.ema);
            }
            yuma3Dividends(n);
        } else {
            loadBonds(batch.bonds(), base, n, lastTempo, false);
            Lanes.colNormalize(w.bonds, n, w.byColumn);
            rowHadamardSparse(weightsForBonds, w.activeStake, w.scratch); // bonds delta
            Lanes.colNormalize(w.scratch, n, w.byColumn);
            matEmaSparse(w.scratch, w.bonds, n, constants.normalAlpha(bondsMovingAverage), w.ema);
            Lanes.colNormalize(w.ema, n, w.byColumn);
            matmulTransposeSparse(w.ema, w.incentive, n, w.dividends);
            Lanes.normalize(w.dividends, n);
            Lanes.colMaxUpscale(w.ema, n, w.byColumn);
        }
        // == Emission and Pruning scores ==
        writeEmissions(batch, s, n, base, rec, out);
        writeBonds(s, n, out);
    }

    private void markInactive(int n, long currentBlock, long activityCutoff) {
        long[] lastUpdate = w.lastUpdate;
        boolean[] inactive = w.inactive;
        for (int i = 0; i < n; i++) {
            inactive[i] = Long.compareUnsigned(io.yuma.fixed.U64.saturatingAdd(lastUpdate[i], activityCutoff), currentBlock) < 0;
        }
    }

    /** Current permits (the owner's forced on), their negation, and {@code is_topk_nonzero} for the next epoch. */
    private void validatorPermits(SubnetBatch batch, long base, int n, int ownerUid, int maxAllowedValidators) {
        boolean[] permit = w.validatorPermit;
        boolean[] forbids = w.forbids;
        for (int i = 0; i < n; i++) {
            permit[i] = batch.validatorPermit().get(U8, base + i) != 0;
        }
        if (ownerUid >= 0 && ownerUid < n) {
            permit[ownerUid] = true;
        }
        for (int i = 0; i < n; i++) {
            forbids[i] = !permit[i];
        }
        isTopkNonzero(w.stake, n, maxAllowedValidators, w.newPermit);
        if (ownerUid >= 0 && ownerUid < n) {
            w.newPermit[ownerUid] = true;
        }
    }

    /** Stake with inactive and non-permitted uids masked out, normalized. */
    private void activeStake(int n) {
        long[] activeStake = w.activeStake;
        for (int i = 0; i < n; i++) {
            activeStake[i] = (w.inactive[i] || w.forbids[i]) ? ZERO : w.stake[i];
        }
        Lanes.normalize(activeStake, n);
    }

    private static boolean anyNonZero(long[] x, int n) {
        for (int j = 0; j < n; j++) {
            if (x[j] != ZERO) {
                return true;
            }
        }
        return false;
    }

    /**
     * Yuma3 dividends: EMA bonds column-normalized, {@code row_sum_sparse(mat_vec_mul_sparse(.., incentive))}
     * (dropping zero products adds nothing to a sum), times active stake with {@code checked_mul}
     * or 0, normalized.
     */
    private void yuma3Dividends(int n) {
        Csr emaNorm = w.scratch;
        emaNorm.copyFrom(w.ema);
        Lanes.colNormalize(emaNorm, n, w.byColumn);
        long[] incentive = w.incentive;
        long[] dividends = w.dividends;
        for (int i = 0; i < n; i++) {
            long total = 0;
            for (int k = emaNorm.start(i); k < emaNorm.end(i); k++) {
                int j = emaNorm.col[k];
                if (j < n) {
                    total += saturatingMul(emaNorm.val[k], incentive[j]);
                }
            }
            dividends[i] = I32F32.checkedMul(total, w.activeStake[i], ZERO); // vec_mul
        }
        Lanes.normalize(dividends, n);
    }

    /** {@code matmul_transpose_sparse}: {@code out_i = SUM(j) vector_j * m_ij}, saturating. */
    private static void matmulTransposeSparse(Csr m, long[] vector, int n, long[] out) {
        for (int i = 0; i < m.rows; i++) {
            long acc = ZERO;
            for (int k = m.start(i); k < m.end(i); k++) {
                int j = m.col[k];
                acc = saturatingAdd(acc, saturatingMul(j < n ? vector[j] : ZERO, m.val[k]));
            }
            out[i] = acc;
        }
    }

    private void computeStake(SubnetBatch batch, int s, int n, long base, int ownerUid) {
        MemorySegment rec = batch.subnetRecords();
        Int128 taoWeight = constants.taoWeight(longField(rec, s, TAO_WEIGHT_OFFSET));
        long minStake = longField(rec, s, STAKE_THRESHOLD_OFFSET);
        long[] hi = w.stakeHi;
        long[] lo = w.stakeLo;
        long[] fHi = w.filteredHi;
        long[] fLo = w.filteredLo;
        long sumHi = 0;
        long sumLo = 0;
        for (int i = 0; i < n; i++) {
            StakeMath.totalStake(batch.alphaStake().getAtIndex(LONG, base + i), batch.taoStake().getAtIndex(LONG, base + i),
                    taoWeight, hi, lo, i);
            boolean filtered = ownerUid != i && Long.compareUnsigned(hi[i], minStake) < 0; // totals are >= 0
            fHi[i] = filtered ? 0 : hi[i];
            fLo[i] = filtered ? 0 : lo[i];
            long newLo = sumLo + fLo[i]; // inplace_normalize_64 sums with plain (wrapping) addition
            sumHi += fHi[i] + (Long.compareUnsigned(newLo, sumLo) < 0 ? 1 : 0);
            sumLo = newLo;
        }
        long[] stake = w.stake;
        for (int i = 0; i < n; i++) {
            stake[i] = (sumHi | sumLo) == 0
                    ? I64F64.toI32F32Saturating(new Int128(fHi[i], fLo[i]))
                    : StakeMath.normalizedToI32F32(fHi[i], fLo[i], sumHi, sumLo);
        }
    }

    /** {@code is_topk_nonzero}: ranks by a stable ascending sort of (value, uid). */
    private void isTopkNonzero(long[] vector, int n, int k, boolean[] result) {
        for (int i = 0; i < n; i++) {
            result[i] = vector[i] != ZERO;
        }
        if (n < k) {
            return;
        }
        int[] idx = w.sortIndex;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        StableSort.sortByKey(idx, w.sortBuffer, n, vector);
        for (int t = 0; t < n - k; t++) {
            result[idx[t]] = false;
        }
    }

    /**
     * {@code get_weights_sparse} (columns below n, as I32F32) through {@code mask_rows_sparse},
     * the diagonal mask, the outdated mask and the commit-reveal mask, in one pass.
     */
    private void loadWeights(SubnetBatch.Csr stored, long base, int n, int ownerUid, boolean commitReveal) {
        int first = copyRows(stored, base, n);
        long[] rowStart = w.storedRowStart;
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        Csr weights = w.weights;
        weights.reset(n);
        weights.reserve((int) (rowStart[n] - first));
        int[] outCol = weights.col;
        long[] outVal = weights.val;
        int size = 0;
        long[] lastUpdate = w.lastUpdate;
        long[] bar = w.blockAtRegistration;
        long[] commitBlock = w.commitBlock;
        for (int i = 0; i < n; i++) {
            int start = (int) (rowStart[i] - first);
            int end = (int) (rowStart[i + 1] - first);
            if (!w.forbids[i]) {
                long updated = lastUpdate[i];
                for (int e = start; e < end; e++) {
                    int j = Short.toUnsignedInt(columns[e]);
                    if (j >= n || (j == i && i != ownerUid) || Long.compareUnsigned(updated, bar[j]) <= 0
                            || (commitReveal && Long.compareUnsigned(commitBlock[i], bar[j]) < 0)) {
                        continue;
                    }
                    outCol[size] = j;
                    outVal[size] = (long) Short.toUnsignedInt(values[e]) << 32;
                    size++;
                }
            }
            weights.size = size;
            weights.endRow();
        }
    }

    /**
     * Bulk-copies rows {@code base .. base+n-1} of a stored CSR into the workspace's heap arrays
     * (one memcpy per column, not an access per entry) and returns the global index of their
     * first entry.
     */
    private int copyRows(SubnetBatch.Csr stored, long base, int n) {
        w.ensureStored(n);
        MemorySegment.copy(stored.rowStart(), LONG, base * 8, w.storedRowStart, 0, n + 1);
        long first = w.storedRowStart[0];
        int count = (int) (w.storedRowStart[n] - first);
        w.ensureStoredEntries(count);
        MemorySegment.copy(stored.columns(), U16, first * 2, w.storedColumns, 0, count);
        MemorySegment.copy(stored.values(), U16, first * 2, w.storedValues, 0, count);
        return (int) first;
    }

    /**
     * {@code get_bonds_sparse} (every column, as I32F32; with {@code asProportion} divided by
     * 65535) and the mask of bonds to uids registered since the last tempo.
     */
    private void loadBonds(SubnetBatch.Csr stored, long base, int n, long lastTempo, boolean asProportion) {
        int first = copyRows(stored, base, n);
        long[] rowStart = w.storedRowStart;
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        Csr bonds = w.bonds;
        bonds.reset(n);
        bonds.reserve((int) (rowStart[n] - first));
        int[] outCol = bonds.col;
        long[] outVal = bonds.val;
        int size = 0;
        long[] bar = w.blockAtRegistration;
        for (int i = 0; i < n; i++) {
            int start = (int) (rowStart[i] - first);
            int end = (int) (rowStart[i + 1] - first);
            for (int e = start; e < end; e++) {
                int j = Short.toUnsignedInt(columns[e]);
                long registered = j < n ? bar[j] : 0L;
                if (Long.compareUnsigned(lastTempo, registered) <= 0) {
                    continue;
                }
                int bond = Short.toUnsignedInt(values[e]);
                outCol[size] = j;
                outVal[size] = asProportion ? I32F32.u16ProportionToFixed(bond) : (long) bond << 32;
                size++;
            }
            bonds.size = size;
            bonds.endRow();
        }
    }

    /** {@code col_clip_sparse}. */
    private static void colClipSparse(Csr weights, long[] threshold, Csr out) {
        out.reset(weights.rows);
        out.reserve(weights.size);
        int[] inCol = weights.col;
        long[] inVal = weights.val;
        int[] outCol = out.col;
        long[] outVal = out.val;
        int size = 0;
        for (int i = 0; i < weights.rows; i++) {
            for (int k = weights.start(i); k < weights.end(i); k++) {
                int j = inCol[k];
                long value = inVal[k];
                long th = threshold[j]; // weights columns are below n
                // keep the value, or clip it to a positive threshold; a threshold <= 0 drops it
                outCol[size] = j;
                outVal[size] = th < value ? th : value;
                size += (th < value && th <= ZERO) ? 0 : 1;
            }
            out.size = size;
            out.endRow();
        }
    }

    /** {@code row_sum_sparse}: wrapping sums. */
    private static void rowSumSparse(Csr m, long[] out) {
        for (int i = 0; i < m.rows; i++) {
            long sum = 0;
            for (int k = m.start(i); k < m.end(i); k++) {
                sum += m.val[k];
            }
            out[i] = sum;
        }
    }

    /** {@code matmul_sparse}. */
    private static void matmulSparse(Csr m, long[] vector, int columns, long[] out) {
        java.util.Arrays.fill(out, 0, columns, ZERO);
        for (int i = 0; i < m.rows; i++) {
            long scale = vector[i];
            for (int k = m.start(i); k < m.end(i); k++) {
                int j = m.col[k];
                if (j < columns) {
                    out[j] = saturatingAdd(out[j], saturatingMul(scale, m.val[k]));
                }
            }
        }
    }

    /** {@code interpolate_sparse} for a ratio strictly between 0 and 1: dense rebuild per row. */
    private Csr interpolateSparse(Csr mat1, Csr mat2, int columns, long ratio, Csr out) {
        out.reset(mat1.rows);
        DenseRow row1 = w.rowA;
        DenseRow row2 = w.rowB;
        for (int i = 0; i < mat1.rows; i++) {
            if (mat1.start(i) == mat1.end(i) && mat2.start(i) == mat2.end(i)) {
                out.endRow(); // 0 + ratio * (0 - 0) is never positive
                continue;
            }
            row1.clear(columns);
            row2.clear(columns);
            scatter(mat1, i, columns, row1);
            scatter(mat2, i, columns, row2);
            out.reserve(columns);
            for (int j = 0; j < columns; j++) {
                long v1 = row1.get(j);
                long v2 = row2.get(j);
                long interp = saturatingAdd(v1, saturatingMul(ratio, saturatingSub(v2, v1)));
                if (ZERO < interp) {
                    out.push(j, interp);
                }
            }
            out.endRow();
        }
        return out;
    }

    private static void scatter(Csr m, int row, int columns, DenseRow dense) {
        for (int k = m.start(row); k < m.end(row); k++) {
            if (m.col[k] < columns) {
                dense.set(m.col[k], m.val[k]); // later duplicates overwrite, like the chain
            }
        }
    }

    /** {@code row_hadamard_sparse}. */
    private static void rowHadamardSparse(Csr m, long[] vector, Csr out) {
        out.reset(m.rows);
        out.reserve(m.size);
        System.arraycopy(m.col, 0, out.col, 0, m.size);
        long[] inVal = m.val;
        long[] outVal = out.val;
        for (int i = 0; i < m.rows; i++) {
            long scale = vector[i];
            for (int k = m.start(i); k < m.end(i); k++) {
                outVal[k] = saturatingMul(inVal[k], scale);
            }
            out.size = m.end(i);
            out.endRow();
        }
    }

    /** {@code mat_ema_sparse}: dense accumulation over n columns, ascending positive output. */
    private void matEmaSparse(Csr newRows, Csr oldRows, int n, long alpha, Csr out) {
        long oneMinusAlpha = saturatingSub(ONE, alpha);
        out.reset(n);
        long[] acc = w.byColumn; // zero at rest; each row's scan below leaves it zero again
        for (int i = 0; i < n; i++) {
            if (newRows.start(i) == newRows.end(i) && oldRows.start(i) == oldRows.end(i)) {
                out.endRow();
                continue;
            }
            accumulate(newRows, i, alpha, n, acc);
            accumulate(oldRows, i, oneMinusAlpha, n, acc);
            out.reserve(n);
            int[] outCol = out.col;
            long[] outVal = out.val;
            int size = out.size;
            for (int j = 0; j < n; j++) {
                long value = acc[j];
                acc[j] = ZERO;
                outCol[size] = j;
                outVal[size] = value;
                size += value > ZERO ? 1 : 0;
            }
            out.size = size;
            out.endRow();
        }
    }

    private static void accumulate(Csr m, int row, long factor, int n, long[] acc) {
        for (int k = m.start(row); k < m.end(row); k++) {
            int j = m.col[k];
            if (j < n) {
                acc[j] = saturatingAdd(acc[j], saturatingMul(factor, m.val[k]));
            }
        }
    }

    /**
     * {@code compute_liquid_alpha_values_sparse} followed by {@code mat_ema_alpha_sparse}, with
     * alphas computed only at the columns the EMA reads. The chain's peeking merge gives column j
     * the value of an entry only when that entry's column exceeds every earlier column in its row
     * (rows are assumed sorted; unsorted rows lose the entries that break the order), so each row's
     * effective weights and bonds are those running-maximum entries.
     */
    private void matEmaLiquidAlpha(Csr newRows, Csr oldRows, long[] consensus, int n, Csr out) {
        out.reset(n);
        DenseRow weightAt = w.rowA;
        DenseRow bondAt = w.rowB;
        DenseRow decayed = w.rowC;
        DenseRow alphaAt = w.rowD;
        for (int i = 0; i < n; i++) {
            if (newRows.start(i) == newRows.end(i)) {
                out.endRow(); // only entries of the new row are emitted
                continue;
            }
            if (strictlyAscending(newRows, i) && strictlyAscending(oldRows, i)) {
                sortedRowLiquidEma(newRows, oldRows, i, n, consensus, out);
                continue;
            }
            weightAt.clear(n);
            bondAt.clear(n);
            decayed.clear(n);
            alphaAt.clear(n);
            markRunningMaxima(newRows, i, n, weightAt);
            markRunningMaxima(oldRows, i, n, bondAt);
            rowAlphas(newRows, oldRows, i, n, consensus, alphaAt);
            decayOldBonds(oldRows, i, n, alphaAt, decayed);
            emitLiquidEma(newRows, i, n, alphaAt, decayed, out);
        }
    }

    /** {@code (1 - alpha_j) * old_ij} for row i's old entries; a repeated column keeps its last. */
    private static void decayOldBonds(Csr oldRows, int i, int n, DenseRow alphaAt, DenseRow decayed) {
        for (int k = oldRows.start(i); k < oldRows.end(i); k++) {
            int j = oldRows.col[k];
            if (j < n) {
                decayed.set(j, saturatingMul(saturatingSub(ONE, alphaAt.get(j)), oldRows.val[k]));
            }
        }
    }

    /** Row i of the EMA: per new entry, in its order, decayed plus {@code max(alpha * new, 0)}, capped at 1, kept when positive. */
    private static void emitLiquidEma(Csr newRows, int i, int n, DenseRow alphaAt, DenseRow decayed, Csr out) {
        out.reserve(newRows.end(i) - newRows.start(i));
        for (int k = newRows.start(i); k < newRows.end(i); k++) {
            int j = newRows.col[k];
            if (j < n) {
                long increment = Math.max(saturatingMul(alphaAt.get(j), newRows.val[k]), ZERO);
                long value = Math.min(saturatingAdd(decayed.get(j), increment), ONE);
                if (value > ZERO) {
                    out.push(j, value);
                }
            }
        }
        out.endRow();
    }

    private static boolean strictlyAscending(Csr m, int row) {
        for (int k = m.start(row) + 1; k < m.end(row); k++) {
            if (m.col[k] <= m.col[k - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Row i of the liquid-alpha EMA when both its rows are strictly ascending (the usual case):
     * then every entry is one the chain's peeking merge reads, and one merge walk over the two
     * rows gives the columns, their weights and bonds, and later the decayed bonds, with none of
     * the dense scratch rows of the general path.
     */
    private void sortedRowLiquidEma(Csr newRows, Csr oldRows, int i, int n, long[] consensus, Csr out) {
        int[] column = w.neededColumn;
        long[] diff = w.neededDiff;
        int needed = 0;
        int a = newRows.start(i);
        int b = oldRows.start(i);
        int newEnd = newRows.end(i);
        int oldEnd = oldRows.end(i);
        while (a < newEnd || b < oldEnd) {
            int ja = a < newEnd ? newRows.col[a] : Integer.MAX_VALUE;
            int jb = b < oldEnd ? oldRows.col[b] : Integer.MAX_VALUE;
            int j = Math.min(ja, jb);
            if (j >= n) {
                break; // ascending: everything further is at or beyond n too
            }
            long weight = ja == j ? newRows.val[a++] : ZERO;
            long bond = jb == j ? oldRows.val[b++] : ZERO;
            column[needed] = j;
            diff[needed] = LiquidAlpha.combinedDiff(consensus[j], weight, bond);
            needed++;
        }
        resolveAlphas(needed);
        long[] alpha = w.neededAlpha;
        out.reserve(newEnd - newRows.start(i));
        int t = 0;
        b = oldRows.start(i);
        for (int k = newRows.start(i); k < newEnd; k++) {
            int j = newRows.col[k];
            if (j >= n) {
                break;
            }
            while (column[t] != j) {
                t++;
            }
            while (b < oldEnd && oldRows.col[b] < j) {
                b++;
            }
            long decayed = b < oldEnd && oldRows.col[b] == j
                    ? saturatingMul(saturatingSub(ONE, alpha[t]), oldRows.val[b]) : ZERO;
            long increment = Math.max(saturatingMul(alpha[t], newRows.val[k]), ZERO);
            long value = Math.min(saturatingAdd(decayed, increment), ONE);
            if (value > ZERO) {
                out.push(j, value);
            }
        }
        out.endRow();
    }

    /**
     * Fills {@code alphaAt} at every column row i's EMA reads: the combined differences of those
     * columns are looked up in the subnet's memo and the misses evaluated together.
     */
    private void rowAlphas(Csr newRows, Csr oldRows, int i, int n, long[] consensus, DenseRow alphaAt) {
        int needed = collectNeeded(oldRows, i, n, consensus, 0, alphaAt);
        needed = collectNeeded(newRows, i, n, consensus, needed, alphaAt);
        resolveAlphas(needed);
        for (int t = 0; t < needed; t++) {
            alphaAt.set(w.neededColumn[t], w.neededAlpha[t]);
        }
    }

    /**
     * {@code neededAlpha[t]} for {@code neededDiff[t]}, {@code t < needed}: from the subnet's memo,
     * the misses evaluated together on lanes.
     */
    private void resolveAlphas(int needed) {
        LiquidAlpha liquid = w.liquidAlpha;
        long[] diff = w.neededDiff;
        long[] alpha = w.neededAlpha;
        int[] missIdx = w.missIndex;
        int misses = 0;
        for (int t = 0; t < needed; t++) {
            alpha[t] = liquid.lookup(diff[t]);
            if (alpha[t] == LiquidAlpha.MISSING) {
                missIdx[misses++] = t;
            }
        }
        liquid.evaluate(diff, missIdx, misses, alpha);
    }

    /** Appends the not-yet-seen columns below n of row i and their combined differences. */
    private int collectNeeded(Csr m, int i, int n, long[] consensus, int needed, DenseRow seen) {
        for (int k = m.start(i); k < m.end(i); k++) {
            int j = m.col[k];
            if (j < n && !seen.has(j)) {
                seen.set(j, LiquidAlpha.MISSING);
                w.neededColumn[needed] = j;
                w.neededDiff[needed] = LiquidAlpha.combinedDiff(consensus[j], w.rowA.get(j), w.rowB.get(j));
                needed++;
            }
        }
        return needed;
    }

    private static void markRunningMaxima(Csr m, int row, int n, DenseRow dense) {
        int runningMax = -1;
        for (int k = m.start(row); k < m.end(row); k++) {
            int j = m.col[k];
            if (j > runningMax) {
                if (j < n) {
                    dense.set(j, m.val[k]);
                }
                runningMax = j;
            }
        }
    }

    private void writeEmissions(SubnetBatch batch, int s, int n, long base, MemorySegment rec, BatchResults out) {
        long[] incentive = w.incentive;
        long[] dividends = w.dividends;
        long[] combined = w.combinedEmission;
        long emissionSum = 0;
        for (int i = 0; i < n; i++) {
            combined[i] = saturatingAdd(incentive[i], dividends[i]);
            emissionSum += combined[i];
        }
        long[] server = w.serverEmission;
        long[] validator = w.validatorEmission;
        System.arraycopy(incentive, 0, server, 0, n);
        System.arraycopy(dividends, 0, validator, 0, n);
        Lanes.normalizeUsingSum(server, n, emissionSum);
        Lanes.normalizeUsingSum(validator, n, emissionSum);
        Lanes.normalize(combined, n);
        if (emissionSum == ZERO) {
            long activeSum = 0;
            for (int i = 0; i < n; i++) {
                activeSum += w.activeStake[i];
            }
            long[] fallback = activeSum == ZERO ? w.stake : w.activeStake;
            System.arraycopy(fallback, 0, validator, 0, n);
            System.arraycopy(fallback, 0, combined, 0, n);
        }
        long raoEmission = longField(rec, s, RAO_EMISSION_OFFSET);
        long[] u64 = w.outU64;
        short[] u16 = w.outU16;
        byte[] u8 = w.outU8;
        for (int i = 0; i < n; i++) {
            u64[i] = I96F32.mulToU64(server[i], raoEmission);
        }
        MemorySegment.copy(u64, 0, out.serverEmission(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u64[i] = I96F32.mulToU64(validator[i], raoEmission);
        }
        MemorySegment.copy(u64, 0, out.validatorEmission(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u64[i] = I96F32.mulToU64(combined[i], raoEmission);
        }
        MemorySegment.copy(u64, 0, out.emission(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u64[i] = w.stakeHi[i]; // saturating_to_num::<u64>() of a non-negative I64F64: its integer part
        }
        MemorySegment.copy(u64, 0, out.stake(), LONG, base * 8, n);
        for (int i = 0; i < n; i++) {
            u8[i] = (byte) (w.inactive[i] ? 0 : 1);
        }
        MemorySegment.copy(u8, 0, out.active(), U8, base, n);
        for (int i = 0; i < n; i++) {
            u8[i] = (byte) (w.newPermit[i] ? 1 : 0);
        }
        MemorySegment.copy(u8, 0, out.newValidatorPermit(), U8, base, n);
        writeProportions(w.stake, n, out.stakeWeight(), base);
        writeProportions(w.consensus, n, out.consensus(), base);
        writeProportions(w.validatorTrust, n, out.validatorTrust(), base);
        writeProportions(incentive, n, out.incentive(), base);
        writeProportions(dividends, n, out.dividend(), base);
    }

    /** {@code fixed_proportion_to_u16} of {@code x[0..n)} into a u16 result column. */
    private void writeProportions(long[] x, int n, MemorySegment column, long base) {
        short[] u16 = w.outU16;
        for (int i = 0; i < n; i++) {
            u16[i] = (short) I32F32.fixedProportionToU16(x[i]);
        }
        MemorySegment.copy(u16, 0, column, U16, base * 2, n);
    }

    private void writeBonds(int s, int n, BatchResults out) {
        Csr ema = w.ema;
        boolean[] permit = w.newPermit;
        int[] rowStart = w.outRowStart;
        int entries = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = entries;
            if (permit[i]) {
                entries += ema.end(i) - ema.start(i);
            }
        }
        rowStart[n] = entries;
        w.ensureStoredEntries(entries);
        short[] columns = w.storedColumns;
        short[] values = w.storedValues;
        int written = 0;
        for (int i = 0; i < n; i++) {
            if (permit[i]) {
                for (int k = ema.start(i); k < ema.end(i); k++) {
                    columns[written] = (short) ema.col[k];
                    values[written] = (short) I32F32.fixedProportionToU16(ema.val[k]);
                    written++;
                }
            }
        }
        MemorySegment block = out.allocateBonds(s, entries);
        MemorySegment.copy(rowStart, 0, block, I32, 0, n + 1);
        MemorySegment.copy(columns, 0, block, U16, BatchResults.bondColumnOffset(n), entries);
        MemorySegment.copy(values, 0, block, U16, BatchResults.bondValueOffset(n, entries), entries);
    }
}
