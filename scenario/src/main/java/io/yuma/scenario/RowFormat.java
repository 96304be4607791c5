package io.yuma.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rows of named columns written one field at a time, as CSV (a header line, then a line per row)
 * or as JSON Lines (an object per row, text columns as strings, the others as numbers and
 * booleans). The caller writes each row's fields in column order, then ends the row.
 */
abstract sealed class RowFormat permits RowFormat.Csv, RowFormat.JsonLines {
    final RowOutput out;
    final TextFields texts;
    private int column;

    private RowFormat(RowOutput out, TextFields texts) {
        this.out = out;
        this.texts = texts;
    }

    /** CSV with a header line of {@code columns}. */
    static RowFormat csv(RowOutput out, TextFields texts, List<String> columns) throws IOException {
        Csv csv = new Csv(out, texts);
        for (String name : columns) {
            csv.text(name);
        }
        csv.endRow();
        return csv;
    }

    /** JSON Lines with the field names {@code columns}. */
    static RowFormat jsonLines(RowOutput out, TextFields texts, List<String> columns) {
        return new JsonLines(out, texts, columns);
    }

    void text(String text) throws IOException {
        begin(column++);
        out.bytes(encoded(text));
    }

    void signed(long value) throws IOException {
        begin(column++);
        out.signed(value);
    }

    void unsigned(long value) throws IOException {
        begin(column++);
        out.unsigned(value);
    }

    void bool(boolean value) throws IOException {
        begin(column++);
        out.bool(value);
    }

    void endRow() throws IOException {
        column = 0;
        end();
    }

    /** Ends the file after the last row. */
    abstract void finish() throws IOException;

    abstract void begin(int column) throws IOException;

    abstract byte[] encoded(String text);

    abstract void end() throws IOException;

    static final class Csv extends RowFormat {
        private Csv(RowOutput out, TextFields texts) {
            super(out, texts);
        }

        @Override
        void begin(int column) throws IOException {
            if (column > 0) {
                out.ascii(',');
            }
        }

        @Override
        byte[] encoded(String text) {
            return texts.csv(text);
        }

        @Override
        void end() throws IOException {
            out.ascii('\n');
        }

        @Override
        void finish() {
        }
    }

    /** Objects separated by line breaks, and a line break after the last. */
    static final class JsonLines extends RowFormat {
        /** Per column, what comes before its value: the object's opening or a comma, and the name. */
        private final byte[][] names;
        private boolean first = true;

        private JsonLines(RowOutput out, TextFields texts, List<String> columns) {
            super(out, texts);
            names = new byte[columns.size()][];
            for (int c = 0; c < names.length; c++) {
                names[c] = ((c == 0 ? "{" : ",") + new String(texts.json(columns.get(c)), StandardCharsets.UTF_8) + ":")
                        .getBytes(StandardCharsets.UTF_8);
            }
        }

        @Override
        void begin(int column) throws IOException {
            if (column == 0 && !first) {
                out.ascii('\n');
            }
            first = false;
            out.bytes(names[column]);
        }

        @Override
        byte[] encoded(String text) {
            return texts.json(text);
        }

        @Override
        void end() throws IOException {
            out.ascii('}');
        }

        @Override
        void finish() throws IOException {
            out.ascii('\n');
        }
    }
}
