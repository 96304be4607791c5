package io.yuma.testkit;

import io.yuma.api.EpochResult;
import io.yuma.api.EpochTrace;
import io.yuma.api.SparseMatrix;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of results with one value changed, to make a stand-in engine depart from a vector. */
final class Results {
    private Results() {
    }

    /** {@code result} with {@code dividend[uid]} increased by one. */
    static EpochResult dividendPlusOne(EpochResult result, int uid) {
        int[] dividend = result.dividend().clone();
        dividend[uid]++;
        return new EpochResult(result.active(), result.stake(), result.stakeWeight(), result.consensus(),
                result.validatorTrust(), result.incentive(), dividend, result.newValidatorPermit(),
                result.serverEmission(), result.validatorEmission(), result.emission(), result.bonds(), result.trace());
    }

    /** {@code result} with trace step {@code step} at {@code uid} increased by one. */
    static EpochResult traceStepPlusOne(EpochResult result, String step, int uid) {
        Map<String, long[]> vectors = new LinkedHashMap<>(result.trace().vectors());
        long[] changed = vectors.get(step).clone();
        changed[uid]++;
        vectors.put(step, changed);
        return new EpochResult(result.active(), result.stake(), result.stakeWeight(), result.consensus(),
                result.validatorTrust(), result.incentive(), result.dividend(), result.newValidatorPermit(),
                result.serverEmission(), result.validatorEmission(), result.emission(), result.bonds(),
                new EpochTrace(vectors, result.trace().emaBonds()));
    }

    /** {@code rows} with the low bit of row {@code uid}'s first value flipped (it stays a u16). */
    static SparseMatrix firstValueFlipped(SparseMatrix rows, int uid) {
        int[] rowStart = new int[rows.rows() + 1];
        int[] columns = new int[rows.entries()];
        long[] values = new long[rows.entries()];
        for (int row = 0; row < rows.rows(); row++) {
            rowStart[row + 1] = rows.rowStart(row) + rows.rowLength(row);
        }
        for (int k = 0; k < rows.entries(); k++) {
            columns[k] = rows.columnAt(k);
            values[k] = rows.valueAt(k);
        }
        values[rows.rowStart(uid)] ^= 1;
        return SparseMatrix.of("bonds", rowStart, columns, values);
    }
}
