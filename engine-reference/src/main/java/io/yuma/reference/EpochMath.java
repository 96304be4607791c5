package io.yuma.reference;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.safeDiv;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;

import io.yuma.fixed.I32F32;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The helpers of the chain's {@code epoch/math.rs} that {@code epoch_mechanism} calls, one method
 * each, with the chain's names. Vectors are I32F32 raw bits in {@code long[]}; sparse matrices are
 * {@code SparseRow[]}. Sums written {@code iter().sum()} in the chain are plain (wrapping)
 * additions here too; {@code saturating_*} calls stay saturating.
 */
final class EpochMath {
    /** A mask predicate over two u64 values, the chain's {@code &dyn Fn(u64, u64) -> bool}. */
    @FunctionalInterface
    interface U64Predicate {
        boolean test(long first, long second);
    }

    private EpochMath() {
    }

    /** {@code sum}: wrapping sum. */
    static long sum(long[] x) {
        long total = 0;
        for (long v : x) {
            total += v;
        }
        return total;
    }

    /** {@code is_zero}: the (wrapping) sum is zero. */
    static boolean isZero(long[] x) {
        return sum(x) == ZERO;
    }

    /** {@code exp_safe}: input clamped to [-20, 20]; on error 0 for non-positive input, else MAX. */
    static long expSafe(long input) {
        long safeInput = Math.clamp(input, I32F32.fromInt(-20), I32F32.fromInt(20));
        try {
            return I32F32.exp(safeInput);
        } catch (ArithmeticException overflow) {
            return safeInput <= 0 ? ZERO : I32F32.MAX;
        }
    }

    /** {@code clamp_value}: {@code value.min(high).max(low)} (so {@code low} wins if low > high). */
    static long clampValue(long value, long low, long high) {
        return Math.max(Math.min(value, high), low);
    }

    /** {@code is_topk_nonzero}: true for non-zero entries among the k largest (stable ascending sort). */
    static boolean[] isTopkNonzero(long[] vector, int k) {
        int n = vector.length;
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            result[i] = vector[i] != ZERO;
        }
        if (n < k) {
            return result;
        }
        Integer[] idxs = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(idxs, Comparator.comparingLong(i -> vector[i])); // stable, like sort_by_key
        for (int t = 0; t < n - k; t++) {
            result[idxs[t]] = false;
        }
        return result;
    }

    /** {@code inplace_normalize}: divide by the wrapping sum unless it is zero. */
    static void inplaceNormalize(long[] x) {
        inplaceNormalizeUsingSum(x, sum(x));
    }

    /** {@code inplace_normalize_using_sum}. */
    static void inplaceNormalizeUsingSum(long[] x, long xSum) {
        if (xSum == ZERO) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = safeDiv(x[i], xSum);
        }
    }

    /** {@code inplace_mask_vector}: zero where mask is true (no-op for an empty mask). */
    static void inplaceMaskVector(boolean[] mask, long[] vector) {
        if (mask.length == 0) {
            return;
        }
        for (int i = 0; i < vector.length; i++) {
            if (i >= mask.length || mask[i]) {
                vector[i] = ZERO;
            }
        }
    }

    /** {@code vec_mul}: element-wise {@code checked_mul(..).unwrap_or_default()}. */
    static long[] vecMul(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = I32F32.checkedMul(a[i], b[i], ZERO);
        }
        return out;
    }

    /** {@code mask_rows_sparse}: rows whose mask is true (or missing) become empty. */
    static SparseRow[] maskRowsSparse(boolean[] mask, SparseRow[] matrix) {
        SparseRow[] out = new SparseRow[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = (i >= mask.length || mask[i]) ? SparseRow.EMPTY : matrix[i].copy();
        }
        return out;
    }

    /** {@code mask_diag_sparse}: drop entries with column == row. */
    static SparseRow[] maskDiagSparse(SparseRow[] matrix) {
        return maskDiagSparseExceptIndex(matrix, -1);
    }

    /**
     * {@code mask_diag_sparse_except_index}: drop diagonal entries except at {@code exceptIndex}
     * (-1 for none, which is {@code mask_diag_sparse}).
     */
    static SparseRow[] maskDiagSparseExceptIndex(SparseRow[] matrix, int exceptIndex) {
        SparseRow[] out = new SparseRow[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            SparseRow row = matrix[i];
            SparseRow.Builder kept = new SparseRow.Builder(row.size());
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                if (i != j || (i == exceptIndex && j == exceptIndex)) {
                    kept.push(j, row.values[k]);
                }
            }
            out[i] = kept.build();
        }
        return out;
    }

    /**
     * {@code vec_mask_sparse_matrix}: drop entry (i, j) where {@code maskFn(first[i], second[j])};
     * missing vector entries read as 0.
     */
    static SparseRow[] vecMaskSparseMatrix(SparseRow[] matrix, long[] first, long[] second, U64Predicate maskFn) {
        SparseRow[] out = new SparseRow[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            long fv = i < first.length ? first[i] : 0L;
            out[i] = filterRow(matrix[i], j -> !maskFn.test(fv, j < second.length ? second[j] : 0L));
        }
        return out;
    }

    /**
     * {@code scalar_vec_mask_sparse_matrix}: drop entry (i, j) where {@code maskFn(scalar, vector[j])};
     * missing vector entries read as 0.
     */
    static SparseRow[] scalarVecMaskSparseMatrix(SparseRow[] matrix, long scalar, long[] vector, U64Predicate maskFn) {
        SparseRow[] out = new SparseRow[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = filterRow(matrix[i], j -> !maskFn.test(scalar, j < vector.length ? vector[j] : 0L));
        }
        return out;
    }

    private interface ColumnFilter {
        boolean keep(int column);
    }

    private static SparseRow filterRow(SparseRow row, ColumnFilter filter) {
        SparseRow.Builder kept = new SparseRow.Builder(row.size());
        for (int k = 0; k < row.size(); k++) {
            if (filter.keep(row.columns[k])) {
                kept.push(row.columns[k], row.values[k]);
            }
        }
        return kept.build();
    }

    /** {@code inplace_row_normalize_sparse}: divide each row by its (wrapping) sum when positive. */
    static void inplaceRowNormalizeSparse(SparseRow[] matrix) {
        for (SparseRow row : matrix) {
            long rowSum = sum(row.values);
            if (rowSum > ZERO) {
                for (int k = 0; k < row.size(); k++) {
                    row.values[k] = safeDiv(row.values[k], rowSum);
                }
            }
        }
    }

    /** {@code row_sum_sparse}: wrapping sum of each row. */
    static long[] rowSumSparse(SparseRow[] matrix) {
        long[] out = new long[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = sum(matrix[i].values);
        }
        return out;
    }

    /**
     * {@code inplace_col_normalize_sparse}: saturating column sums over columns below
     * {@code columns}, then each entry divided by its column's sum where non-zero.
     */
    static void inplaceColNormalizeSparse(SparseRow[] matrix, int columns) {
        long[] colSum = new long[columns];
        for (SparseRow row : matrix) {
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                if (j < columns) {
                    colSum[j] = saturatingAdd(colSum[j], row.values[k]);
                }
            }
        }
        for (SparseRow row : matrix) {
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                long denominator = j < columns ? colSum[j] : ZERO;
                if (denominator != ZERO) {
                    row.values[k] = safeDiv(row.values[k], denominator);
                }
            }
        }
    }

    /** {@code inplace_col_max_upscale_sparse}: divide each entry by its column's max where non-zero. */
    static void inplaceColMaxUpscaleSparse(SparseRow[] matrix, int columns) {
        long[] colMax = new long[columns];
        for (SparseRow row : matrix) {
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                if (j < columns && colMax[j] < row.values[k]) {
                    colMax[j] = row.values[k];
                }
            }
        }
        for (SparseRow row : matrix) {
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                long max = j < columns ? colMax[j] : ZERO;
                if (max != ZERO) {
                    row.values[k] = safeDiv(row.values[k], max);
                }
            }
        }
    }

    /** {@code row_hadamard_sparse}: entry (i, j) times {@code vector[i]}. */
    static SparseRow[] rowHadamardSparse(SparseRow[] matrix, long[] vector) {
        int rows = Math.min(matrix.length, vector.length);
        SparseRow[] out = new SparseRow[rows];
        for (int i = 0; i < rows; i++) {
            SparseRow row = matrix[i];
            long[] values = new long[row.size()];
            for (int k = 0; k < row.size(); k++) {
                values[k] = saturatingMul(row.values[k], vector[i]);
            }
            out[i] = new SparseRow(row.columns.clone(), values);
        }
        return out;
    }

    /** {@code matmul_sparse}: {@code result_j = SUM(i) vector_i * matrix_ij}, saturating, columns below {@code columns}. */
    static long[] matmulSparse(SparseRow[] matrix, long[] vector, int columns) {
        long[] result = new long[columns];
        for (int i = 0; i < matrix.length; i++) {
            long scale = i < vector.length ? vector[i] : ZERO;
            SparseRow row = matrix[i];
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                if (j < columns) {
                    result[j] = saturatingAdd(result[j], saturatingMul(scale, row.values[k]));
                }
            }
        }
        return result;
    }

    /** {@code matmul_transpose_sparse}: {@code result_i = SUM(j) vector_j * matrix_ij}, saturating. */
    static long[] matmulTransposeSparse(SparseRow[] matrix, long[] vector) {
        long[] result = new long[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            SparseRow row = matrix[i];
            long acc = ZERO;
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                long v = j < vector.length ? vector[j] : ZERO;
                acc = saturatingAdd(acc, saturatingMul(v, row.values[k]));
            }
            result[i] = acc;
        }
        return result;
    }

    /**
     * {@code col_clip_sparse}: values above their column's threshold become the threshold, or are
     * dropped when the threshold is not positive; missing thresholds read as 0.
     */
    static SparseRow[] colClipSparse(SparseRow[] matrix, long[] colThreshold) {
        SparseRow[] out = new SparseRow[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            SparseRow row = matrix[i];
            SparseRow.Builder clipped = new SparseRow.Builder(row.size());
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                long value = row.values[k];
                long threshold = j < colThreshold.length ? colThreshold[j] : ZERO;
                if (threshold < value) {
                    if (threshold > ZERO) {
                        clipped.push(j, threshold);
                    }
                } else {
                    clipped.push(j, value);
                }
            }
            out[i] = clipped.build();
        }
        return out;
    }

    /**
     * {@code weighted_median}: the chain's mid-pivot partition search for the stake-weighted
     * median of {@code score} over {@code partitionIdx}.
     */
    static long weightedMedian(long[] stake, long[] score, int[] partitionIdx, long minority,
            long partitionLo, long partitionHi) {
        if (stake.length != score.length) {
            return ZERO;
        }
        int[] current = partitionIdx;
        int iterationCounter = 0;
        int iterationLimit = partitionIdx.length;
        int[] lower = new int[partitionIdx.length];
        int[] upper = new int[partitionIdx.length];
        while (true) {
            int n = current.length;
            if (n == 0) {
                return ZERO;
            }
            if (n == 1) {
                return scoreAt(score, current[0]);
            }
            long pivot = scoreAt(score, current[n / 2]);
            long loStake = ZERO;
            long hiStake = ZERO;
            int lowerCount = 0;
            int upperCount = 0;
            for (int idx : current) {
                long s = scoreAt(score, idx);
                if (s == pivot) {
                    continue;
                }
                if (s < pivot) {
                    loStake = saturatingAdd(loStake, scoreAt(stake, idx));
                    lower[lowerCount++] = idx;
                } else {
                    hiStake = saturatingAdd(hiStake, scoreAt(stake, idx));
                    upper[upperCount++] = idx;
                }
            }
            if (minority < saturatingAdd(partitionLo, loStake) && lowerCount > 0) {
                current = Arrays.copyOf(lower, lowerCount);
                partitionHi = saturatingAdd(partitionLo, loStake);
            } else if (saturatingSub(partitionHi, hiStake) <= minority && upperCount > 0) {
                current = Arrays.copyOf(upper, upperCount);
                partitionLo = saturatingSub(partitionHi, hiStake);
            } else {
                return pivot;
            }
            iterationCounter++;
            if (iterationCounter > iterationLimit) {
                return ZERO;
            }
        }
    }

    private static long scoreAt(long[] values, int idx) {
        return idx < values.length ? values[idx] : ZERO; // get_safe
    }

    /**
     * {@code weighted_median_col_sparse}: per column, the median of the column's values over the
     * rows with positive stake, weighted by that stake re-normalized.
     */
    static long[] weightedMedianColSparse(long[] stake, SparseRow[] score, int columns, long majority) {
        long[] useStake = Arrays.stream(stake).filter(s -> s > ZERO).toArray();
        inplaceNormalize(useStake);
        long stakeSum = sum(useStake);
        long minority = saturatingSub(stakeSum, majority);
        int[] stakeIdx = IntStream.range(0, useStake.length).toArray();

        long[][] useScore = new long[columns][useStake.length];
        int k = 0;
        for (int i = 0; i < Math.min(stake.length, score.length); i++) {
            if (stake[i] > ZERO) {
                SparseRow row = score[i];
                for (int e = 0; e < row.size(); e++) {
                    int c = row.columns[e];
                    if (c < columns && k < useStake.length) {
                        useScore[c][k] = row.values[e];
                    }
                }
                k++;
            }
        }
        long[] median = new long[columns];
        for (int c = 0; c < columns; c++) {
            median[c] = weightedMedian(useStake, useScore[c], stakeIdx, minority, ZERO, stakeSum);
        }
        return median;
    }

    /**
     * {@code interpolate_sparse}: {@code mat1 + ratio * (mat2 - mat1)}; ratio 0 and 1 return copies
     * of {@code mat1} and {@code mat2} as stored, otherwise rows are rebuilt densely over
     * {@code columns} in ascending column order keeping positive values.
     */
    static SparseRow[] interpolateSparse(SparseRow[] mat1, SparseRow[] mat2, int columns, long ratio) {
        if (ratio == ZERO) {
            return copyOf(mat1);
        }
        if (ratio == ONE) {
            return copyOf(mat2);
        }
        if (mat1.length != mat2.length) {
            return copyOf(mat2);
        }
        SparseRow[] result = new SparseRow[mat1.length];
        for (int i = 0; i < mat1.length; i++) {
            long[] row1 = densify(mat1[i], columns);
            long[] row2 = densify(mat2[i], columns);
            SparseRow.Builder out = new SparseRow.Builder(Math.max(mat1[i].size(), mat2[i].size()));
            for (int j = 0; j < columns; j++) {
                long interp = saturatingAdd(row1[j], saturatingMul(ratio, saturatingSub(row2[j], row1[j])));
                if (ZERO < interp) {
                    out.push(j, interp);
                }
            }
            result[i] = out.build();
        }
        return result;
    }

    /** A dense copy of a row over {@code columns}; later duplicates overwrite earlier ones. */
    private static long[] densify(SparseRow row, int columns) {
        long[] dense = new long[columns];
        for (int k = 0; k < row.size(); k++) {
            if (row.columns[k] < columns) {
                dense[row.columns[k]] = row.values[k];
            }
        }
        return dense;
    }

    static SparseRow[] copyOf(SparseRow[] matrix) {
        SparseRow[] out = new SparseRow[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = matrix[i].copy();
        }
        return out;
    }

    /** {@code mat_vec_mul_sparse}: entry (i, j) times {@code vector[j]}, dropping zero products. */
    static SparseRow[] matVecMulSparse(SparseRow[] matrix, long[] vector) {
        SparseRow[] out = new SparseRow[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            SparseRow row = matrix[i];
            SparseRow.Builder products = new SparseRow.Builder(row.size());
            for (int k = 0; k < row.size(); k++) {
                int j = row.columns[k];
                if (j < vector.length) {
                    long product = saturatingMul(row.values[k], vector[j]);
                    if (product != ZERO) {
                        products.push(j, product);
                    }
                }
            }
            out[i] = products.build();
        }
        return out;
    }

    /**
     * {@code mat_ema_sparse}: per row, {@code alpha * new + (1 - alpha) * old} accumulated densely
     * over {@code new.len()} columns, emitted in ascending column order keeping positive values.
     */
    static SparseRow[] matEmaSparse(SparseRow[] newRows, SparseRow[] oldRows, long alpha) {
        long oneMinusAlpha = saturatingSub(ONE, alpha);
        int n = newRows.length;
        SparseRow[] result = new SparseRow[n];
        for (int i = 0; i < n; i++) {
            long[] acc = new long[n];
            accumulate(acc, newRows[i], alpha);
            if (i < oldRows.length) {
                accumulate(acc, oldRows[i], oneMinusAlpha);
            }
            SparseRow.Builder out = new SparseRow.Builder(newRows[i].size());
            for (int j = 0; j < n; j++) {
                if (acc[j] > ZERO) {
                    out.push(j, acc[j]);
                }
            }
            result[i] = out.build();
        }
        return result;
    }

    /** Adds {@code factor * row} into the dense accumulator, saturating, columns inside it only. */
    private static void accumulate(long[] acc, SparseRow row, long factor) {
        for (int k = 0; k < row.size(); k++) {
            int j = row.columns[k];
            if (j < acc.length) {
                acc[j] = saturatingAdd(acc[j], saturatingMul(factor, row.values[k]));
            }
        }
    }

    /**
     * {@code mat_ema_alpha_sparse}: per entry of {@code new} (in its order), {@code (1 - a_j) * old_ij
     * + max(a_j * new_ij, 0)} capped at 1, kept when positive. Old entries not in {@code new} are
     * dropped; a repeated old column keeps its last value.
     */
    static SparseRow[] matEmaAlphaSparse(SparseRow[] newRows, SparseRow[] oldRows, long[][] alpha) {
        if (newRows.length != oldRows.length || newRows.length != alpha.length) {
            return copyOf(newRows);
        }
        SparseRow[] result = new SparseRow[newRows.length];
        for (int i = 0; i < newRows.length; i++) {
            long[] alphaRow = alpha[i];
            long[] decayed = new long[alphaRow.length];
            SparseRow oldRow = oldRows[i];
            for (int k = 0; k < oldRow.size(); k++) {
                int j = oldRow.columns[k];
                if (j < alphaRow.length) {
                    decayed[j] = saturatingMul(saturatingSub(ONE, alphaRow[j]), oldRow.values[k]);
                }
            }
            SparseRow newRow = newRows[i];
            SparseRow.Builder out = new SparseRow.Builder(newRow.size());
            for (int k = 0; k < newRow.size(); k++) {
                int j = newRow.columns[k];
                if (j < alphaRow.length) {
                    long increment = Math.max(saturatingMul(alphaRow[j], newRow.values[k]), ZERO);
                    long value = Math.min(saturatingAdd(decayed[j], increment), ONE);
                    if (value > ZERO) {
                        out.push(j, value);
                    }
                }
            }
            result[i] = out.build();
        }
        return result;
    }
}
