package io.yuma.vector;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.EpochTrace;
import io.yuma.api.InvalidInputException;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * Reads vector files in FORMAT.md's layout, plain JSON or gzip (told apart by the gzip magic
 * bytes, not the file name; bytes after the gzip data that do not begin another gzip member are
 * refused): single vectors and {@code sequence} files, with optional traces.
 * Every value is checked against its type and the epoch input against the data model's rules;
 * anything wrong raises {@link VectorFormatException} with the file, field, uid and value.
 */
public final class VectorReader {
    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;
    private static final int BUFFER_BYTES = 1 << 16;

    private final String file;
    /** Whether outputs, name and family must be present (vectors) or may be absent (inputs to run). */
    private final boolean complete;
    /** The epoch being read in a sequence file, for messages; -1 outside the epochs array. */
    private int epoch = -1;

    private VectorReader(String file, boolean complete) {
        this.file = file;
        this.complete = complete;
    }

    /**
     * Reads a conformance vector: every field, output included, must be present.
     *
     * @param file a vector file, plain JSON or gzip
     * @return the vector
     * @throws VectorFormatException when the content is not a valid vector
     * @throws IOException when the file cannot be opened
     */
    public static Vector read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a conformance vector from a stream, which is left open.
     *
     * @param in the stream, plain JSON or gzip
     * @param source names the stream in messages (a file name)
     * @return the vector
     * @throws VectorFormatException when the content is not a valid vector
     */
    public static Vector read(InputStream in, String source) throws VectorFormatException {
        Parsed parsed = new VectorReader(source, true).parse(in);
        if (parsed.subnet()) {
            List<SubnetEpoch> epochs = parsed.epochs().stream()
                    .map(e -> new SubnetEpoch(e.subnetInput(), e.subnetExpected())).toList();
            return new Vector(parsed.name(), parsed.family(), parsed.sequence(), List.of(), epochs);
        }
        List<VectorEpoch> epochs = parsed.epochs().stream().map(e -> new VectorEpoch(e.input(), e.expected())).toList();
        return new Vector(parsed.name(), parsed.family(), parsed.sequence(), epochs);
    }

    /**
     * Reads the epoch inputs of a file in FORMAT.md's layout whose {@code output}, {@code name}
     * and {@code family} may be absent; whatever is present is still checked.
     *
     * @param file the file, plain JSON or gzip
     * @return its epoch inputs, and whether it is a sequence
     * @throws VectorFormatException when the content is not valid
     * @throws IOException when the file cannot be opened
     */
    public static InputFile readInputs(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Parsed parsed = new VectorReader(file.toString(), false).parse(in);
            return parsed.subnet()
                    ? new InputFile(List.of(), parsed.epochs().stream().map(Epoch::subnetInput).toList(), parsed.sequence())
                    : new InputFile(parsed.epochs().stream().map(Epoch::input).toList(), List.of(), parsed.sequence());
        }
    }

    private Parsed parse(InputStream raw) throws VectorFormatException {
        try (JsonCursor cursor = new JsonCursor(decompressed(raw))) {
            try {
                return parseVector(cursor);
            } catch (StreamConstraintsException e) {
                throw cursor.beyondLimit(e);
            }
        } catch (InvalidInputException e) {
            throw new VectorFormatException(file, epoch, e);
        } catch (VectorFormatException e) {
            throw e;
        } catch (StreamReadException e) {
            throw new VectorFormatException(file, epoch, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + oneLine(e.getOriginalMessage()), e);
        } catch (EOFException e) {
            throw new VectorFormatException(file, epoch, "truncated gzip data (" + e.getMessage() + ")", e);
        } catch (ZipException e) {
            throw new VectorFormatException(file, epoch, "corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (CharConversionException e) {
            // Jackson reads UTF-16 and UTF-32 too, told apart by the first bytes' zeros.
            throw new VectorFormatException(file, epoch, "not JSON text in a Unicode encoding ("
                    + oneLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new VectorFormatException(file, epoch, "cannot read: " + oneLine(e.getMessage()), e);
        }
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER_BYTES);
        in.mark(2);
        boolean gzip = in.read() == GZIP_MAGIC_0 && in.read() == GZIP_MAGIC_1;
        in.reset();
        return gzip ? new StrictGzipInputStream(in, BUFFER_BYTES) : in;
    }

    private Parsed parseVector(JsonCursor cursor) throws IOException {
        if (cursor.next() != JsonToken.START_OBJECT) {
            throw new VectorFormatException(file, -1, "expected a JSON object (a vector), found " + cursor.found(), null);
        }
        String name = null;
        String family = null;
        List<Epoch> epochs = null;
        Sections single = new Sections();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String key = cursor.name();
            cursor.next();
            switch (key) {
                case "name" -> name = cursor.string(key);
                case "family" -> family = cursor.string(key);
                case "epochs" -> epochs = readEpochs(cursor);
                default -> {
                    if (!single.read(key, cursor)) {
                        throw new InvalidInputException(Printable.oneLine(key), -1, "unknown field, not in FORMAT.md");
                    }
                }
            }
        }
        if (cursor.next() != null) {
            throw new VectorFormatException(file, -1, "unexpected content after the vector, at " + cursor.location(), null);
        }
        if (complete) {
            require("name", name);
            require("family", family);
        }
        if (epochs == null) {
            return new Parsed(name, family, false, List.of(single.finish()));
        }
        if (!single.isEmpty()) {
            throw new InvalidInputException("epochs", -1, "a file holds either epochs or one input/output pair, not both");
        }
        for (int e = 1; e < epochs.size(); e++) {
            if (epochs.get(e).isSubnet() != epochs.getFirst().isSubnet()) {
                throw new VectorFormatException(file, e, "is " + kind(epochs.get(e)) + " epoch, but epoch 0 is "
                        + kind(epochs.getFirst()) + " one: a file holds epochs of one kind", null);
            }
        }
        return new Parsed(name, family, true, epochs);
    }

    private List<Epoch> readEpochs(JsonCursor cursor) throws IOException {
        cursor.expect(JsonToken.START_ARRAY, "epochs", -1, "an array of epochs");
        List<Epoch> epochs = new ArrayList<>();
        while (cursor.next() != JsonToken.END_ARRAY) {
            epoch = epochs.size();
            cursor.expect(JsonToken.START_OBJECT, "epochs", -1, "an object holding input and output");
            Sections sections = new Sections();
            while (cursor.next() == JsonToken.FIELD_NAME) {
                String key = cursor.name();
                cursor.next();
                if (!sections.read(key, cursor)) {
                    throw new InvalidInputException(key, -1, "unknown field, an epoch holds input, output and trace");
                }
            }
            epochs.add(sections.finish());
        }
        epoch = -1;
        if (epochs.isEmpty()) {
            throw new InvalidInputException("epochs", -1, "is empty, expected at least one epoch");
        }
        return epochs;
    }

    private static String kind(Epoch epoch) {
        return epoch.isSubnet() ? "a subnet" : "a single-mechanism";
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, -1, "missing");
        }
    }

    /**
     * The chain's owner uid is {@code Uids::get(netuid, SubnetOwnerHotkey)}: a registered uid,
     * below n, or none. A larger one is a state the chain cannot be in, so a vector holding it
     * is not the chain's.
     */
    private static void requireOwnerAmongUids(EpochInput input) {
        if (input.ownerUid() >= input.n()) {
            throw new InvalidInputException("owner_uid", -1, "value " + input.ownerUid() + " is not a uid of the subnet (0.."
                    + (input.n() - 1) + ", n = " + input.n() + "): the chain takes the owner's uid from Uids,"
                    + " which holds registered uids only");
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The input, output and trace objects of one epoch, as read so far. */
    private final class Sections {
        private SubnetSchema.InputObject input;
        private Map<String, Object> output;
        private Map<String, Object> trace;

        /** Reads {@code key}'s object if it is one of the sections; false for any other key. */
        boolean read(String key, JsonCursor cursor) throws IOException {
            switch (key) {
                case "input" -> {
                    input = new SubnetSchema.InputObject();
                    input.seen = SubnetSchema.INPUT.read(cursor, input);
                }
                case "output" -> SubnetSchema.OUTPUT.read(cursor, output = new HashMap<>());
                case "trace" -> VectorSchema.TRACE.read(cursor, trace = new HashMap<>());
                default -> {
                    return false;
                }
            }
            return true;
        }

        boolean isEmpty() {
            return input == null && output == null && trace == null;
        }

        /** Validates the sections against each other and builds the epoch. */
        Epoch finish() {
            require("input", input);
            if (output == null && complete) {
                throw new InvalidInputException("output", -1, "missing");
            }
            if (input.isSubnet()) {
                if (trace != null) {
                    throw new InvalidInputException("trace", -1, "FORMAT.md defines no trace for a subnet epoch");
                }
                SubnetInput built = input.subnetInput();
                requireOwnerAmongUids(built.mechanism(0));
                return Epoch.subnet(built, output == null ? null : SubnetSchema.result(output, built));
            }
            EpochInput built = input.epochInput();
            requireOwnerAmongUids(built);
            EpochTrace builtTrace = trace == null ? null : VectorSchema.trace(trace, built.n());
            if (output == null) {
                return Epoch.single(built, null);
            }
            if (SubnetSchema.isSubnetOutput(output)) {
                throw new InvalidInputException("output", -1,
                        "is a subnet's (mechanism_emission, mechanisms, subnet), but the input has no mechanisms");
            }
            for (Field<Map<String, Object>, EpochResult, ?> field : VectorSchema.OUTPUT.fields()) {
                if (!output.containsKey(field.name())) {
                    throw new InvalidInputException("output." + field.name(), -1, "missing from output");
                }
            }
            return Epoch.single(built, VectorSchema.result(output, builtTrace, built.n()));
        }
    }

    /**
     * One epoch read, of one kind: a single mechanism's ({@code input}, {@code expected}) or a
     * subnet's ({@code subnetInput}, {@code subnetExpected}); the expected result is null only when
     * outputs were optional and absent.
     */
    private record Epoch(EpochInput input, EpochResult expected, SubnetInput subnetInput, SubnetResult subnetExpected) {
        static Epoch single(EpochInput input, EpochResult expected) {
            return new Epoch(input, expected, null, null);
        }

        static Epoch subnet(SubnetInput input, SubnetResult expected) {
            return new Epoch(null, null, input, expected);
        }

        boolean isSubnet() {
            return subnetInput != null;
        }
    }

    private record Parsed(String name, String family, boolean sequence, List<Epoch> epochs) {
        boolean subnet() {
            return epochs.getFirst().isSubnet();
        }
    }
}
