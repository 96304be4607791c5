package io.yuma.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The text fields of the result files (variant, name, role), encoded once per distinct text: as a
 * CSV field, quoted only where needed as recompute's CSV does, and as a JSON string. Jackson
 * encodes each, so the files keep its quoting and escaping rules exactly; a run has few distinct
 * texts and many rows.
 */
final class TextFields {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    /** The text is written as the first field of a two-field row, whose known tail is cut off. */
    private static final CsvSchema PAIR = CsvSchema.builder().addColumn("text").addColumn("tail").build();
    private static final String TAIL = ",x\n";
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, byte[]> csv = new HashMap<>();
    private final Map<String, byte[]> json = new HashMap<>();

    /** {@return {@code text} as a CSV field, in UTF-8} */
    byte[] csv(String text) {
        return csv.computeIfAbsent(text, TextFields::encodeCsv);
    }

    /** {@return {@code text} as a JSON string with its quotes, in UTF-8} */
    byte[] json(String text) {
        return json.computeIfAbsent(text, TextFields::encodeJson);
    }

    private static byte[] encodeCsv(String text) {
        StringWriter out = new StringWriter();
        try (SequenceWriter row = CSV.writerFor(String[].class).with(PAIR).writeValues(out)) {
            row.write(new String[] {text, "x"});
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        String line = out.toString();
        return line.substring(0, line.length() - TAIL.length()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodeJson(String text) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
