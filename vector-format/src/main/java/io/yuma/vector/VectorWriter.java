package io.yuma.vector;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes vectors and results in FORMAT.md's layout, u64 values printed unsigned, so that
 * {@link VectorReader} reads back exactly what was written.
 */
public final class VectorWriter {
    /** Callers own their streams: the writer flushes but never closes them. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private VectorWriter() {
    }

    /**
     * Writes a vector to {@code file}, gzip-compressed when its name ends in {@code .gz}. The file
     * appears only once complete: it is written to {@code NAME.partial} beside it, then moved
     * into place.
     *
     * @param vector the vector
     * @param file where to write it
     * @throws IOException when the file cannot be written
     */
    public static void write(Vector vector, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                if (file.getFileName().toString().endsWith(".gz")) {
                    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                        write(vector, gzip);
                    }
                } else {
                    write(vector, out);
                }
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Writes a vector as JSON to a stream, which is flushed and left open.
     *
     * @param vector the vector
     * @param out the stream
     * @throws IOException when the stream cannot be written
     */
    public static void write(Vector vector, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("name", vector.name());
            json.writeStringField("family", vector.family());
            if (vector.sequence()) {
                json.writeArrayFieldStart("epochs");
                for (int e = 0; e < vector.epochCount(); e++) {
                    json.writeStartObject();
                    writeEpoch(json, vector, e);
                    json.writeEndObject();
                }
                json.writeEndArray();
            } else {
                writeEpoch(json, vector, 0);
            }
            json.writeEndObject();
        }
    }

    /**
     * Writes results as {@code {"output": {...}, "trace": {...}}} (trace only when the result
     * has one): one object, or an array of them when {@code asArray}. Ends with a newline; the
     * writer is flushed and left open.
     *
     * @param results the results, in order
     * @param asArray true to write a JSON array even for one result
     * @param out the writer
     * @throws IOException when the writer cannot be written
     */
    public static void writeResults(List<EpochResult> results, boolean asArray, Writer out) throws IOException {
        writeOutputs(results, asArray, out, VectorWriter::writeResult);
    }

    /**
     * Writes one epoch input as FORMAT.md's {@code input} object, on one line. Equal inputs give
     * equal text, so the text also serves as a key or a fingerprint of an input.
     *
     * @param input the input
     * @param out the writer, left open
     * @throws IOException when the writer cannot be written
     */
    public static void writeInput(EpochInput input, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            VectorSchema.INPUT.write(json, input);
        }
        out.flush();
    }

    /**
     * Writes subnet results as {@code {"output": {...}}}: one object, or an array of them when
     * {@code asArray}. Ends with a newline; the writer is flushed and left open.
     *
     * @param results the results
     * @param asArray whether to print an array (a sequence file's results)
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void writeSubnetResults(List<SubnetResult> results, boolean asArray, Writer out) throws IOException {
        writeOutputs(results, asArray, out, (json, result) -> {
            json.writeFieldName("output");
            SubnetSchema.writeOutput(json, result);
        });
    }

    /** Writes the fields of one result object ({@code output}, and {@code trace} where there is one). */
    @FunctionalInterface
    private interface ResultFields<R> {
        void write(JsonGenerator json, R result) throws IOException;
    }

    /**
     * Writes results, each an object of {@code fields}: one object, or an array when
     * {@code asArray}. Ends with a newline; the writer is flushed and left open.
     */
    private static <R> void writeOutputs(List<R> results, boolean asArray, Writer out, ResultFields<R> fields)
            throws IOException {
        if (!asArray && results.size() != 1) {
            throw new IllegalArgumentException("one result prints as an object, " + results.size() + " need an array");
        }
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (asArray) {
                json.writeStartArray();
            }
            for (R result : results) {
                json.writeStartObject();
                fields.write(json, result);
                json.writeEndObject();
            }
            if (asArray) {
                json.writeEndArray();
            }
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeEpoch(JsonGenerator json, Vector vector, int e) throws IOException {
        json.writeFieldName("input");
        if (vector.isSubnet()) {
            SubnetEpoch epoch = vector.subnetEpochs().get(e);
            SubnetSchema.writeInput(json, epoch.input());
            json.writeFieldName("output");
            SubnetSchema.writeOutput(json, epoch.expected());
        } else {
            VectorEpoch epoch = vector.epochs().get(e);
            VectorSchema.INPUT.write(json, epoch.input());
            writeResult(json, epoch.expected());
        }
    }

    private static void writeResult(JsonGenerator json, EpochResult result) throws IOException {
        json.writeFieldName("output");
        VectorSchema.OUTPUT.write(json, result);
        if (result.trace() != null) {
            json.writeFieldName("trace");
            VectorSchema.TRACE.write(json, result.trace());
        }
    }
}
