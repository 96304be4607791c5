package io.yuma.vector;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.yuma.api.InvalidInputException;
import io.yuma.api.SparseMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reads FORMAT.md's values from a streaming JSON parser, checking each against its type. A value
 * of the wrong type or range raises {@link InvalidInputException} naming the field, the uid
 * (array index or row) and the value; the caller adds the file name.
 */
final class JsonCursor implements AutoCloseable {
    /**
     * Duplicate keys are rejected: a vector that sets a field twice is ambiguous. The source
     * stays open: whoever opened it closes it.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /** The most characters of a bad value a message repeats. */
    private static final int SHOWN_CHARACTERS = 64;

    private final JsonParser parser;

    JsonCursor(InputStream in) throws IOException {
        parser = FACTORY.createParser(in);
    }

    /** Advances to the next token; null at the end of the input. */
    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /** The current token. */
    JsonToken token() {
        return parser.currentToken();
    }

    /** The current field name (on a FIELD_NAME token). */
    String name() throws IOException {
        return parser.currentName();
    }

    /** Line and column of the current token, for messages about the file's layout. */
    String location() {
        return "line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
    }

    /** Fails unless the current token is {@code expected}. */
    void expect(JsonToken expected, String field, int uid, String what) throws IOException {
        if (parser.currentToken() != expected) {
            throw new InvalidInputException(field, uid, "expected " + what + ", found " + found());
        }
    }

    /** The current token as a string value. */
    String string(String field) throws IOException {
        expect(JsonToken.VALUE_STRING, field, -1, "a string");
        return parser.getText();
    }

    /** The current token as a boolean. */
    boolean bool(String field, int uid) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw new InvalidInputException(field, uid, "value " + found() + " is not a bool (true or false)");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** The current token as an integer of {@code type}; a u64 comes back as the bits of a long. */
    long integer(IntType type, String field, int uid) throws IOException {
        if (!fits(type)) {
            throw new InvalidInputException(field, uid, "value " + found() + " is not " + type);
        }
        return bits();
    }

    /** An array of integers of {@code type}, of any length; element {@code i} belongs to uid {@code i}. */
    long[] integers(IntType type, String field) throws IOException {
        expect(JsonToken.START_ARRAY, field, -1, "an array");
        long[] values = new long[16];
        int size = 0;
        while (next() != JsonToken.END_ARRAY) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = integer(type, field, size);
            size++;
        }
        return Arrays.copyOf(values, size);
    }

    /** An array of booleans, of any length. */
    boolean[] bools(String field) throws IOException {
        expect(JsonToken.START_ARRAY, field, -1, "an array");
        boolean[] values = new boolean[16];
        int size = 0;
        while (next() != JsonToken.END_ARRAY) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = bool(field, size);
            size++;
        }
        return Arrays.copyOf(values, size);
    }

    /**
     * Sparse rows {@code [[[column, value], ...], ...]}, kept in stored order: columns are u16,
     * values of {@code valueType}. Row {@code i} belongs to uid {@code i}.
     */
    SparseMatrix rows(IntType valueType, String field) throws IOException {
        expect(JsonToken.START_ARRAY, field, -1, "an array of rows");
        SparseMatrix.Builder rows = new SparseMatrix.Builder(16);
        int row = 0;
        while (next() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_ARRAY, field, row, "a row (an array of [column, value] pairs)");
            int entry = 0;
            while (next() != JsonToken.END_ARRAY) {
                expect(JsonToken.START_ARRAY, field, row, "entry " + entry + " as a [column, value] pair");
                long column = pairPart(IntType.U16, field, row, entry, "column");
                long value = pairPart(valueType, field, row, entry, "value");
                if (next() != JsonToken.END_ARRAY) {
                    throw new InvalidInputException(field, row, "entry " + entry + " has more than two numbers, expected a [column, value] pair");
                }
                rows.add((int) column, value);
                entry++;
            }
            rows.endRow();
            row++;
        }
        return rows.build();
    }

    private long pairPart(IntType type, String field, int row, int entry, String part) throws IOException {
        if (next() == JsonToken.END_ARRAY) {
            throw new InvalidInputException(field, row, "entry " + entry + " has no " + part + ", expected a [column, value] pair");
        }
        if (!fits(type)) {
            throw new InvalidInputException(field, row, "entry " + entry + " has " + part + " " + found() + ", expected " + type);
        }
        return bits();
    }

    private boolean fits(IntType type) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return false;
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            // Only a u64 reaches past a long: 2^63 .. 2^64-1, kept as the unsigned bits of a long.
            BigInteger value = parser.getBigIntegerValue();
            return type == IntType.U64 && value.signum() >= 0 && value.bitLength() <= Long.SIZE;
        }
        return type.contains(parser.getLongValue());
    }

    private long bits() throws IOException {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? parser.getBigIntegerValue().longValue() : parser.getLongValue();
    }

    /** The current token as a person reads it in the file. */
    String found() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_ARRAY -> "the end of the array";
            case END_OBJECT -> "the end of the object";
            case VALUE_STRING -> '"' + shortened(parser.getText()) + '"';
            default -> shortened(parser.getText());
        };
    }

    /** A value for a message: one line, and cut short when long, since a bad value may be megabytes. */
    private static String shortened(String text) {
        String line = Printable.oneLine(text);
        return line.length() <= SHOWN_CHARACTERS ? line
                : line.substring(0, SHOWN_CHARACTERS) + "... (" + text.length() + " characters)";
    }

    /**
     * The problem a parser limit (string or number length, nesting depth) raised, as an input
     * problem at the field being read, in words without the parser's internals.
     *
     * @param e what the parser threw
     * @return the problem, for the caller to throw
     */
    InvalidInputException beyondLimit(StreamConstraintsException e) {
        String detail = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
        return new InvalidInputException(currentField(), -1,
                Character.toLowerCase(detail.charAt(0)) + detail.substring(1) + ", a limit of the JSON parser");
    }

    /** The name of the innermost field around the current token, or {@code "(top level)"}. */
    private String currentField() {
        for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
            if (context.getCurrentName() != null) {
                return context.getCurrentName();
            }
        }
        return "(top level)";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
