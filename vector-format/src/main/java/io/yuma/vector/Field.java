package io.yuma.vector;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a FORMAT.md object, tied to the model: where a read value goes and where a
 * written value comes from.
 *
 * @param name the JSON key
 * @param kind its type
 * @param setter stores a read value into the object being built
 * @param getter takes the value to write from the model; null means the field is left out
 * @param <B> what reading builds
 * @param <T> what writing reads
 * @param <V> the Java type of the value
 */
record Field<B, T, V>(String name, Kind<V> kind, BiConsumer<B, V> setter, Function<T, V> getter) {

    /** Reads the value at the cursor into {@code target}; {@code qualifiedName} names it in errors. */
    void read(JsonCursor cursor, B target, String qualifiedName) throws IOException {
        setter.accept(target, kind.reader().read(cursor, qualifiedName));
    }

    /** Writes the key and value, unless the model holds no value for it. */
    void write(JsonGenerator out, T source) throws IOException {
        V value = getter.apply(source);
        if (value != null) {
            out.writeFieldName(name);
            kind.writer().write(out, value);
        }
    }
}
