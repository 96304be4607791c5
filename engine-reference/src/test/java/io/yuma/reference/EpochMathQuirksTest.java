package io.yuma.reference;

import static io.yuma.fixed.I32F32.HALF;
import static io.yuma.fixed.I32F32.MAX;
import static io.yuma.fixed.I32F32.MIN;
import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.reference.SparseFixtures.assertSparseMatCompare;
import static io.yuma.reference.SparseFixtures.e;
import static io.yuma.reference.SparseFixtures.row;
import static io.yuma.reference.SparseFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the chain's helpers on inputs its own tests never build, derived from the chain's
 * code (each case names the line that decides it): rows stored unsorted, repeated columns,
 * columns at or beyond the matrix width, and sums that wrap because the production build has
 * no overflow checks. Stored weight and bond rows can hold all of these, so every engine must
 * reproduce them.
 */
class EpochMathQuirksTest {
    private static final long QUARTER = ONE / 4;
    private static final long EIGHTH = ONE / 8;

    /** {@code iter().sum()} on I32F32 is a plain addition: it wraps. */
    @Nested
    class WrappingSums {
        @Test
        void sumWraps() {
            assertEquals(MIN + (ONE - 1), EpochMath.sum(new long[] {MAX, ONE}));
        }

        @Test
        void isZeroSeesAWrappedZero() {
            assertTrue(EpochMath.isZero(new long[] {MAX, MAX, 2}));
        }

        @Test
        void inplaceNormalizeSkipsAWrappedZeroSum() {
            long[] x = {MAX, MAX, 2};
            EpochMath.inplaceNormalize(x);
            assertArrayEquals(new long[] {MAX, MAX, 2}, x);
        }

        @Test
        void rowSumSparseWraps() {
            assertArrayEquals(new long[] {MIN + (ONE - 1)}, EpochMath.rowSumSparse(rows(row(e(0, MAX), e(1, ONE)))));
        }

        /** {@code if row_sum > 0}: a row whose sum wrapped negative is left unnormalized. */
        @Test
        void inplaceRowNormalizeSparseSkipsAWrappedNegativeRow() {
            SparseRow[] matrix = rows(row(e(0, MAX), e(1, ONE)), row(e(0, ONE), e(1, ONE)));
            EpochMath.inplaceRowNormalizeSparse(matrix);
            assertSparseMatCompare(rows(row(e(0, MAX), e(1, ONE)), row(e(0, HALF), e(1, HALF))), matrix, 0);
        }
    }

    /** Sums written {@code saturating_add} do not wrap. */
    @Nested
    class SaturatingSums {
        /** inplace_col_normalize_sparse: the column sum saturates at MAX, so MAX / MAX = 1. */
        @Test
        void columnSumSaturates() {
            SparseRow[] matrix = rows(row(e(1, MAX)), row(e(1, MAX)));
            EpochMath.inplaceColNormalizeSparse(matrix, 2);
            assertSparseMatCompare(rows(row(e(1, ONE)), row(e(1, ONE))), matrix, 0);
        }

        @Test
        void matmulSparseSaturates() {
            assertArrayEquals(new long[] {MAX},
                    EpochMath.matmulSparse(rows(row(e(0, MAX)), row(e(0, MAX))), new long[] {ONE, ONE}, 1));
        }
    }

    /** Columns at or beyond the width the helper is given (stored bonds keep them). */
    @Nested
    class ColumnsBeyondWidth {
        /** col_sum.get(j) is None: such entries add nothing and are divided by nothing. */
        @Test
        void colNormalizeLeavesThemAlone() {
            SparseRow[] matrix = rows(row(e(0, ONE), e(5, 3 * ONE)), row(e(0, 3 * ONE)));
            EpochMath.inplaceColNormalizeSparse(matrix, 2);
            assertSparseMatCompare(rows(row(e(0, QUARTER), e(5, 3 * ONE)), row(e(0, 3 * QUARTER))), matrix, 0);
        }

        @Test
        void colMaxUpscaleLeavesThemAlone() {
            SparseRow[] matrix = rows(row(e(0, HALF), e(3, HALF)), row(e(0, QUARTER)));
            EpochMath.inplaceColMaxUpscaleSparse(matrix, 1);
            assertSparseMatCompare(rows(row(e(0, ONE), e(3, HALF)), row(e(0, HALF))), matrix, 0);
        }

        /** col_threshold.get(j) is None, read as 0, and a threshold of 0 drops the entry. */
        @Test
        void colClipDropsThem() {
            assertSparseMatCompare(rows(row(e(0, HALF), e(0, QUARTER))),
                    EpochMath.colClipSparse(rows(row(e(0, ONE), e(4, ONE), e(0, QUARTER))), new long[] {HALF}), 0);
        }

        @Test
        void matmulSparseIgnoresThemAndMissingScalesReadZero() {
            assertArrayEquals(new long[] {HALF, ZERO},
                    EpochMath.matmulSparse(rows(row(e(0, ONE), e(3, ONE)), row(e(1, 2 * ONE))), new long[] {HALF}, 2));
        }

        @Test
        void matmulTransposeSparseReadsMissingVectorEntriesAsZero() {
            assertArrayEquals(new long[] {2 * ONE},
                    EpochMath.matmulTransposeSparse(rows(row(e(0, ONE), e(3, ONE))), new long[] {2 * ONE, 3 * ONE}));
        }

        /** vector.get(j) is None: skipped; a zero product is dropped too. */
        @Test
        void matVecMulSparseDropsThem() {
            assertSparseMatCompare(rows(row(e(0, 2 * ONE))),
                    EpochMath.matVecMulSparse(rows(row(e(0, ONE), e(3, ONE), e(1, ONE))), new long[] {2 * ONE, ZERO}), 0);
        }

        /** acc_row.get_mut(j) is None: ignored. */
        @Test
        void matEmaSparseIgnoresThem() {
            assertSparseMatCompare(rows(row(e(0, HALF))),
                    EpochMath.matEmaSparse(rows(row(e(0, ONE), e(1, ONE))), rows(row(e(1, ONE))), HALF), 0);
        }

        /** alpha_row.get(j) is None: the entry is dropped. */
        @Test
        void matEmaAlphaSparseDropsThem() {
            assertSparseMatCompare(rows(row(e(0, HALF))),
                    EpochMath.matEmaAlphaSparse(rows(row(e(0, ONE), e(7, ONE))), rows(row(e(7, ONE))),
                            new long[][] {{HALF}}), 0);
        }

        @Test
        void weightedMedianColSparseIgnoresThem() {
            assertArrayEquals(new long[] {QUARTER},
                    EpochMath.weightedMedianColSparse(new long[] {ONE}, rows(row(e(0, QUARTER), e(5, ONE))), 1, HALF));
        }
    }

    /** The same column more than once in a stored row. */
    @Nested
    class DuplicateColumns {
        /** interpolate_sparse densifies with {@code *entry = *value}: the last duplicate wins. */
        @Test
        void interpolateKeepsTheLast() {
            SparseRow[] mat1 = rows(row(e(2, ONE), e(0, HALF), e(2, QUARTER), e(9, ONE)));
            SparseRow[] mat2 = rows(row(e(1, ONE)));
            assertSparseMatCompare(rows(row(e(0, QUARTER), e(1, HALF), e(2, EIGHTH))),
                    EpochMath.interpolateSparse(mat1, mat2, 3, HALF), 0);
        }

        /** mat_ema_sparse accumulates with saturating_add: duplicates add up. */
        @Test
        void matEmaSparseAddsThem() {
            SparseRow[] newRows = rows(row(e(1, ONE), e(5, ONE), e(0, HALF), e(1, ONE)), row());
            SparseRow[] oldRows = rows(row(e(0, ONE), e(1, ONE)), row(e(0, HALF)));
            assertSparseMatCompare(rows(row(e(0, 3 * QUARTER), e(1, 3 * HALF)), row(e(0, QUARTER))),
                    EpochMath.matEmaSparse(newRows, oldRows, HALF), 0);
        }

        /**
         * mat_ema_alpha_sparse assigns decayed old values ({@code *cell = ...}: the last old
         * duplicate wins) and emits one entry per new entry (new duplicates stay duplicated).
         */
        @Test
        void matEmaAlphaSparseKeepsLastOldAndEveryNew() {
            SparseRow[] newRows = rows(row(e(2, HALF), e(0, HALF), e(2, QUARTER)));
            SparseRow[] oldRows = rows(row(e(2, QUARTER), e(2, 3 * QUARTER), e(0, ONE)));
            assertSparseMatCompare(rows(row(e(2, 5 * EIGHTH), e(0, 3 * QUARTER), e(2, HALF))),
                    EpochMath.matEmaAlphaSparse(newRows, oldRows, new long[][] {{HALF, HALF, HALF}}), 0);
        }

        @Test
        void colNormalizeCountsBoth() {
            SparseRow[] matrix = rows(row(e(0, ONE), e(0, ONE)), row(e(0, 2 * ONE)));
            EpochMath.inplaceColNormalizeSparse(matrix, 1);
            assertSparseMatCompare(rows(row(e(0, QUARTER), e(0, QUARTER)), row(e(0, HALF))), matrix, 0);
        }

        /** weighted_median_col_sparse fills use_score with {@code *cell = val}: the last duplicate wins. */
        @Test
        void weightedMedianColSparseKeepsTheLast() {
            SparseRow[] score = rows(row(e(1, QUARTER), e(1, 3 * QUARTER)));
            assertArrayEquals(new long[] {ZERO, 3 * QUARTER},
                    EpochMath.weightedMedianColSparse(new long[] {ONE}, score, 2, HALF));
        }
    }

    /** Row order: which helpers keep the stored order and which rebuild rows ascending. */
    @Nested
    class RowOrder {
        @Test
        void interpolateWithRatioZeroOrOneReturnsRowsAsStored() {
            SparseRow[] unsorted = rows(row(e(2, ONE), e(0, HALF), e(2, QUARTER), e(9, ONE)));
            SparseRow[] other = rows(row(e(1, ONE), e(0, ONE)));
            assertSparseMatCompare(unsorted, EpochMath.interpolateSparse(unsorted, other, 3, ZERO), 0);
            assertSparseMatCompare(other, EpochMath.interpolateSparse(unsorted, other, 3, ONE), 0);
        }

        /** Rows of different counts: interpolate_sparse returns mat2 as it is. */
        @Test
        void interpolateWithMismatchedRowCountsReturnsMat2() {
            SparseRow[] mat2 = rows(row(e(1, ONE), e(0, ONE)));
            assertSparseMatCompare(mat2, EpochMath.interpolateSparse(rows(row(), row()), mat2, 2, HALF), 0);
        }

        @Test
        void matEmaSparseEmitsAscendingColumns() {
            assertSparseMatCompare(rows(row(e(0, HALF), e(1, HALF)), row()),
                    EpochMath.matEmaSparse(rows(row(e(1, ONE), e(0, ONE)), row()), rows(row(), row()), HALF), 0);
        }

        @Test
        void matEmaAlphaSparseKeepsNewOrder() {
            assertSparseMatCompare(rows(row(e(1, HALF), e(0, HALF))),
                    EpochMath.matEmaAlphaSparse(rows(row(e(1, ONE), e(0, ONE))), rows(row()), new long[][] {{HALF, HALF}}),
                    0);
        }

        @Test
        void filtersKeepStoredOrder() {
            SparseRow[] unsorted = rows(row(e(2, ONE), e(0, HALF), e(1, QUARTER)));
            assertSparseMatCompare(rows(row(e(2, HALF), e(0, HALF), e(1, QUARTER))),
                    EpochMath.colClipSparse(unsorted, new long[] {ONE, ONE, HALF}), 0);
            assertSparseMatCompare(rows(row(e(2, ONE), e(1, QUARTER))), EpochMath.maskDiagSparse(unsorted), 0);
        }
    }
}
