package io.yuma.vector;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.yuma.api.InvalidInputException;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one FORMAT.md object ({@code input}, {@code output} or {@code trace}): reads
 * such an object in any key order, rejecting unknown keys and, when every field is required,
 * missing ones; writes one in the schema's order.
 *
 * @param <B> what reading builds
 * @param <T> what writing reads
 */
final class Schema<B, T> {
    private final String section;
    private final String prefix;
    private final boolean complete;
    private final Map<String, Field<B, T, ?>> fields = new LinkedHashMap<>();

    /**
     * @param section the object's key in a vector ({@code input}, {@code output}, {@code trace})
     * @param prefix what field names carry in messages, so {@code output.stake} is told from
     *     {@code trace.stake}
     * @param complete whether every field must be present
     */
    Schema(String section, String prefix, boolean complete, List<Field<B, T, ?>> fields) {
        this.section = section;
        this.prefix = prefix;
        this.complete = complete;
        fields.forEach(field -> this.fields.put(field.name(), field));
    }

    /** Reads the object at the cursor into {@code target}. */
    void read(JsonCursor cursor, B target) throws IOException {
        cursor.expect(JsonToken.START_OBJECT, section, -1, "an object");
        Set<String> seen = new HashSet<>();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String name = cursor.name();
            Field<B, T, ?> field = fields.get(name);
            if (field == null) {
                throw new InvalidInputException(prefix + name, -1, "unknown field, not in FORMAT.md's " + section);
            }
            cursor.next();
            field.read(cursor, target, prefix + name);
            seen.add(name);
        }
        if (complete) {
            for (String name : fields.keySet()) {
                if (!seen.contains(name)) {
                    throw new InvalidInputException(prefix + name, -1, "missing from " + section);
                }
            }
        }
    }

    /** Writes {@code source} as an object. */
    void write(JsonGenerator out, T source) throws IOException {
        out.writeStartObject();
        for (Field<B, T, ?> field : fields.values()) {
            field.write(out, source);
        }
        out.writeEndObject();
    }
}
