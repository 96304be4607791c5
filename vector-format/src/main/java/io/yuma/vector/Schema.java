package io.yuma.vector;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.yuma.api.InvalidInputException;
import java.io.IOException;
import java.util.Collection;
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

    /**
     * Reads the object at the cursor into {@code target}.
     *
     * @return the names of the fields the object held
     */
    Set<String> read(JsonCursor cursor, B target) throws IOException {
        return read(cursor, target, prefix);
    }

    /**
     * Reads the object at the cursor into {@code target}, naming its fields {@code prefix + name}
     * in messages (an object inside an array, e.g. {@code mechanisms[2].}).
     *
     * @return the names of the fields the object held
     */
    Set<String> read(JsonCursor cursor, B target, String namePrefix) throws IOException {
        String object = namePrefix.isEmpty() ? section : namePrefix.substring(0, namePrefix.length() - 1);
        cursor.expect(JsonToken.START_OBJECT, object, -1, "an object");
        Set<String> seen = new HashSet<>();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String name = cursor.name();
            Field<B, T, ?> field = fields.get(name);
            if (field == null) {
                throw new InvalidInputException(Printable.oneLine(namePrefix + name), -1,
                        "unknown field, not in FORMAT.md's " + section);
            }
            cursor.next();
            field.read(cursor, target, namePrefix + name);
            seen.add(name);
        }
        if (complete) {
            for (String name : fields.keySet()) {
                if (!seen.contains(name)) {
                    throw new InvalidInputException(namePrefix + name, -1, "missing from " + section);
                }
            }
        }
        return seen;
    }

    /** {@return the schema's fields, in order} */
    Collection<Field<B, T, ?>> fields() {
        return fields.values();
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
