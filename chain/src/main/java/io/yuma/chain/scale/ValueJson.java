package io.yuma.chain.scale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders {@link Value}s as JSON: integers as JSON integers of any size, booleans, text as
 * strings, byte strings as {@code 0x}-hex, lists as arrays, records as objects, an enum variant
 * as {@code {"Name": payload}} or {@code "Name"} when it has no fields, an account as its SS58
 * address (prefix 42) and {@code None} as {@code null}.
 */
public final class ValueJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ValueJson() {
    }

    /**
     * Writes {@code value} to {@code out}.
     *
     * @param out the JSON generator
     * @param value the value
     * @throws IOException when writing fails
     */
    public static void write(JsonGenerator out, Value value) throws IOException {
        switch (value) {
            case Value.Int(var number) -> out.writeNumber(number);
            case Value.Bool(var bool) -> out.writeBoolean(bool);
            case Value.Text(var text) -> out.writeString(text);
            case Value.Bytes bytes -> out.writeString(bytes.toString());
            case Value.Account account -> out.writeString(account.ss58());
            case Value.None none -> out.writeNull();
            case Value.Seq(var elements) -> {
                out.writeStartArray();
                for (Value element : elements) {
                    write(out, element);
                }
                out.writeEndArray();
            }
            case Value.Record(var fields) -> {
                out.writeStartObject();
                for (Map.Entry<String, Value> field : fields.entrySet()) {
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case Value.Variant(var name, var payload) -> {
                if (payload == null) {
                    out.writeString(name);
                } else {
                    out.writeStartObject();
                    out.writeFieldName(name);
                    write(out, payload);
                    out.writeEndObject();
                }
            }
        }
    }

    /**
     * {@return {@code value} as one line of JSON}
     *
     * @param value the value
     */
    public static String toJson(Value value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
