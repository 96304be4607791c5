package io.yuma.vector;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.yuma.api.SparseMatrix;
import java.io.IOException;

/**
 * How one FORMAT.md type is read from and written to JSON, and which Java value holds it:
 * u16 and i16 in {@code int}, u64 in the unsigned bits of a {@code long}, per-uid vectors in
 * arrays, weight and bond rows in {@link SparseMatrix}.
 *
 * @param reader reads the value at the cursor's current token
 * @param writer writes the value
 * @param <V> the Java type holding the value
 */
record Kind<V>(Reader<V> reader, Writer<V> writer) {

    /** Reads one value; {@code field} names it in error messages. */
    @FunctionalInterface
    interface Reader<V> {
        V read(JsonCursor cursor, String field) throws IOException;
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Writer<V> {
        void write(JsonGenerator out, V value) throws IOException;
    }

    static final Kind<Integer> U16 = new Kind<>(
            (c, f) -> (int) c.integer(IntType.U16, f, -1), JsonGenerator::writeNumber);
    static final Kind<Integer> I16 = new Kind<>(
            (c, f) -> (int) c.integer(IntType.I16, f, -1), JsonGenerator::writeNumber);
    /** A u16 or null; null is held as -1 (owner_uid). */
    static final Kind<Integer> U16_OR_NULL = new Kind<>(
            (c, f) -> c.token() == JsonToken.VALUE_NULL ? -1 : (int) c.integer(IntType.U16, f, -1),
            (out, v) -> {
                if (v == -1) {
                    out.writeNull();
                } else {
                    out.writeNumber(v);
                }
            });
    static final Kind<Long> U64 = new Kind<>(
            (c, f) -> c.integer(IntType.U64, f, -1), (out, v) -> writeU64(out, v));
    static final Kind<Boolean> BOOL = new Kind<>((c, f) -> c.bool(f, -1), JsonGenerator::writeBoolean);
    static final Kind<boolean[]> BOOLS = new Kind<>(JsonCursor::bools, (out, values) -> {
        out.writeStartArray();
        for (boolean value : values) {
            out.writeBoolean(value);
        }
        out.writeEndArray();
    });
    static final Kind<int[]> U16S = new Kind<>((c, f) -> toInts(c.integers(IntType.U16, f)),
            (out, values) -> out.writeArray(values, 0, values.length));
    static final Kind<long[]> U64S = new Kind<>((c, f) -> c.integers(IntType.U64, f), (out, values) -> {
        out.writeStartArray();
        for (long value : values) {
            writeU64(out, value);
        }
        out.writeEndArray();
    });
    /** I32F32 raw bits. */
    static final Kind<long[]> I64S = new Kind<>((c, f) -> c.integers(IntType.I64, f),
            (out, values) -> out.writeArray(values, 0, values.length));
    static final Kind<SparseMatrix> U16_ROWS = new Kind<>((c, f) -> c.rows(IntType.U16, f), Kind::writeRows);
    /** Rows of I32F32 raw bits (trace {@code ema_bonds}). */
    static final Kind<SparseMatrix> I64_ROWS = new Kind<>((c, f) -> c.rows(IntType.I64, f), Kind::writeRows);

    private static void writeU64(JsonGenerator out, long bits) throws IOException {
        out.writeNumber(Long.toUnsignedString(bits));
    }

    private static int[] toInts(long[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = (int) values[i];
        }
        return ints;
    }

    private static void writeRows(JsonGenerator out, SparseMatrix rows) throws IOException {
        out.writeStartArray();
        for (int row = 0; row < rows.rows(); row++) {
            out.writeStartArray();
            for (int k = 0; k < rows.rowLength(row); k++) {
                out.writeStartArray();
                out.writeNumber(rows.column(row, k));
                out.writeNumber(rows.value(row, k));
                out.writeEndArray();
            }
            out.writeEndArray();
        }
        out.writeEndArray();
    }
}
