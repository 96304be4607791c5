package io.yuma.chain.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.yuma.chain.scale.Value;
import io.yuma.chain.scale.ValueJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A storage entry read: its key parts and its value.
 *
 * @param key every key part of the entry (none for a plain value)
 * @param value the decoded value
 */
public record KeyedValue(List<Value> key, Value value) {
    private static final JsonFactory JSON = new JsonFactory();

    /** Copies the key parts. */
    public KeyedValue {
        key = List.copyOf(key);
    }

    /** {@return one line of JSON: {@code {"key": [k1, ...], "value": V}}, as {@code yuma chain storage} prints it} */
    public String toJsonLine() {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            out.writeFieldName("key");
            out.writeStartArray();
            for (Value part : key) {
                ValueJson.write(out, part);
            }
            out.writeEndArray();
            out.writeFieldName("value");
            ValueJson.write(out, value);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
