package io.yuma.chain.emulator;

import io.yuma.api.SparseMatrix;
import java.util.List;

/** SCALE encodings of the values and keys the layout writes. */
final class Encode {
    private Encode() {
    }

    static byte[] u8(int v) {
        return new ScaleOut().u8(v).toBytes();
    }

    static byte[] u16(int v) {
        return new ScaleOut().u16(v).toBytes();
    }

    static byte[] u32(long v) {
        return new ScaleOut().u32(v).toBytes();
    }

    static byte[] u64(long v) {
        return new ScaleOut().u64(v).toBytes();
    }

    static byte[] bool(boolean v) {
        return new ScaleOut().bool(v).toBytes();
    }

    static byte[] u16s(int[] values) {
        ScaleOut out = new ScaleOut().compact(values.length);
        for (int v : values) {
            out.u16(v);
        }
        return out.toBytes();
    }

    static byte[] u64s(long[] values) {
        ScaleOut out = new ScaleOut().compact(values.length);
        for (long v : values) {
            out.u64(v);
        }
        return out.toBytes();
    }

    static byte[] bools(boolean[] values) {
        ScaleOut out = new ScaleOut().compact(values.length);
        for (boolean v : values) {
            out.bool(v);
        }
        return out.toBytes();
    }

    /** {@return row {@code row} of a sparse u16 matrix as {@code Vec<(u16, u16)>}, entries in stored order} */
    static byte[] row(SparseMatrix m, int row) {
        int length = m.rowLength(row);
        ScaleOut out = new ScaleOut().compact(length);
        for (int k = 0; k < length; k++) {
            out.u16(m.column(row, k)).u16((int) m.value(row, k));
        }
        return out.toBytes();
    }

    /** {@return a {@code Vec<(u64, AccountId32)>} of one (proportion, account) pair} */
    static byte[] linkage(long proportion, byte[] account) {
        return new ScaleOut().compact(1).u64(proportion).raw(account).toBytes();
    }

    /** {@return the concatenated encodings of {@code parts}} */
    static byte[] concat(List<byte[]> parts) {
        ScaleOut out = new ScaleOut();
        parts.forEach(out::raw);
        return out.toBytes();
    }
}
