package io.yuma.vector;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.InvalidInputException;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FORMAT.md's "subnets with mechanisms": the {@code input} of a subnet epoch (the shared fields,
 * {@code mechanism_emission_split} and one {@code mechanisms[m]} object per mechanism) and its
 * {@code output} ({@code mechanism_emission}, per-mechanism outputs, aggregated {@code subnet}
 * terms). Reading accepts an input or output object of either kind, since the kind shows only in
 * which keys are present; {@link InputObject} and {@link #result} then check that the keys make
 * one kind whole.
 */
final class SubnetSchema {
    /** The inputs each mechanism reads at its own storage index; all others are shared. */
    static final Set<String> MECHANISM_FIELDS = Set.of("last_update", "commit_block", "weights", "bonds");

    private static final String SPLIT = "mechanism_emission_split";
    private static final String MECHANISMS = "mechanisms";
    private static final String MECHANISM_EMISSION = "mechanism_emission";
    private static final String SUBNET = "subnet";

    // Declared before the schemas that use it: static fields initialize in order.
    private static final Kind<int[]> U16S_OR_NULL = new Kind<>(
            (cursor, field) -> cursor.token() == JsonToken.VALUE_NULL ? null : Kind.U16S.reader().read(cursor, field),
            (out, values) -> {
                if (values == null) {
                    out.writeNull();
                } else {
                    Kind.U16S.writer().write(out, values);
                }
            });

    /** One mechanism's own input fields: read into a map by name, written from its input. */
    static final Schema<Map<String, Object>, EpochInput> MECHANISM = new Schema<>("mechanism", "", true,
            VectorSchema.INPUT.fields().stream()
                    .filter(field -> MECHANISM_FIELDS.contains(field.name()))
                    .<Field<Map<String, Object>, EpochInput, ?>>map(SubnetSchema::byName)
                    .toList());

    /** The aggregated terms: every output field but {@code bonds}, which the aggregate does not keep. */
    static final Schema<Map<String, Object>, EpochResult> TERMS = new Schema<>(SUBNET, "output.subnet.", true,
            VectorSchema.OUTPUT.fields().stream().filter(field -> !field.name().equals("bonds")).toList());

    /** Reads an {@code input} object of either kind: every single-epoch field, the split, the mechanisms. */
    static final Schema<InputObject, Void> INPUT = new Schema<>("input", "", false, inputFields());

    /** Reads an {@code output} object of either kind into one map by name. */
    static final Schema<Map<String, Object>, Void> OUTPUT = new Schema<>("output", "output.", false, outputFields());

    private SubnetSchema() {
    }

    /**
     * Writes a subnet input: the shared fields as mechanism 0 holds them, the split, then each
     * mechanism's own fields.
     */
    static void writeInput(JsonGenerator out, SubnetInput input) throws IOException {
        out.writeStartObject();
        for (Field<EpochInput.Builder, EpochInput, ?> field : VectorSchema.INPUT.fields()) {
            if (!MECHANISM_FIELDS.contains(field.name())) {
                field.write(out, input.mechanism(0));
            }
        }
        out.writeFieldName(SPLIT);
        U16S_OR_NULL.writer().write(out, input.emissionSplit());
        out.writeArrayFieldStart(MECHANISMS);
        for (EpochInput mechanism : input.mechanisms()) {
            MECHANISM.write(out, mechanism);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Writes a subnet result: the split emission, each mechanism's output, the aggregated terms. */
    static void writeOutput(JsonGenerator out, SubnetResult result) throws IOException {
        out.writeStartObject();
        out.writeFieldName(MECHANISM_EMISSION);
        Kind.U64S.writer().write(out, result.mechanismEmission());
        out.writeArrayFieldStart(MECHANISMS);
        for (EpochResult mechanism : result.mechanisms()) {
            VectorSchema.OUTPUT.write(out, mechanism);
        }
        out.writeEndArray();
        out.writeFieldName(SUBNET);
        TERMS.write(out, result.subnet());
        out.writeEndObject();
    }

    /** The sections of an {@code input} object as read, before it is known which kind it is. */
    static final class InputObject {
        final EpochInput.Builder shared = EpochInput.builder();
        int[] split;
        List<Map<String, Object>> mechanisms;
        Set<String> seen = Set.of();

        boolean isSubnet() {
            return seen.contains(MECHANISMS) || seen.contains(SPLIT);
        }

        /**
         * The single-mechanism input.
         *
         * @throws InvalidInputException naming the first missing field
         */
        EpochInput epochInput() {
            for (Field<EpochInput.Builder, EpochInput, ?> field : VectorSchema.INPUT.fields()) {
                requireSeen(field.name(), "missing from input");
            }
            return shared.build();
        }

        /**
         * The subnet input: the shared fields with each mechanism's own.
         *
         * @throws InvalidInputException naming the mechanism and field at fault
         */
        SubnetInput subnetInput() {
            for (Field<EpochInput.Builder, EpochInput, ?> field : VectorSchema.INPUT.fields()) {
                if (MECHANISM_FIELDS.contains(field.name())) {
                    if (seen.contains(field.name())) {
                        throw new InvalidInputException(field.name(), -1,
                                "belongs to a mechanism: in a subnet input it goes inside mechanisms[m]");
                    }
                } else {
                    requireSeen(field.name(), "missing from input");
                }
            }
            requireSeen(SPLIT, "missing from a subnet input (null when unset)");
            requireSeen(MECHANISMS, "missing from a subnet input");
            List<EpochInput> built = new ArrayList<>(mechanisms.size());
            for (int m = 0; m < mechanisms.size(); m++) {
                Map<String, Object> own = mechanisms.get(m);
                shared.lastUpdate((long[]) own.get("last_update")).commitBlock((long[]) own.get("commit_block"))
                        .weights((SparseMatrix) own.get("weights")).bonds((SparseMatrix) own.get("bonds"));
                try {
                    built.add(shared.build());
                } catch (InvalidInputException e) {
                    throw MECHANISM_FIELDS.contains(e.field()) ? e.within(MECHANISMS + "[" + m + "].") : e;
                }
            }
            return SubnetInput.of(built, split);
        }

        private void requireSeen(String field, String message) {
            if (!seen.contains(field)) {
                throw new InvalidInputException(field, -1, message);
            }
        }
    }

    /** Whether the output values read belong to a subnet epoch. */
    static boolean isSubnetOutput(Map<String, Object> output) {
        return output.containsKey(MECHANISMS) || output.containsKey(MECHANISM_EMISSION) || output.containsKey(SUBNET);
    }

    /**
     * The expected subnet result from the output values read.
     *
     * @throws InvalidInputException naming the missing, stray or wrong-length field
     */
    @SuppressWarnings("unchecked")
    static SubnetResult result(Map<String, Object> output, SubnetInput input) {
        for (String key : output.keySet()) {
            if (!Set.of(MECHANISM_EMISSION, MECHANISMS, SUBNET).contains(key)) {
                throw new InvalidInputException("output." + key, -1,
                        "not part of a subnet's output (mechanism_emission, mechanisms, subnet)");
            }
        }
        for (String key : List.of(MECHANISM_EMISSION, MECHANISMS, SUBNET)) {
            if (!output.containsKey(key)) {
                throw new InvalidInputException("output." + key, -1, "missing from a subnet's output");
            }
        }
        long[] emission = (long[]) output.get(MECHANISM_EMISSION);
        List<Map<String, Object>> mechanisms = (List<Map<String, Object>>) output.get(MECHANISMS);
        int count = input.mechanismCount();
        if (emission.length != count || mechanisms.size() != count) {
            throw new InvalidInputException("output." + (emission.length != count ? MECHANISM_EMISSION : MECHANISMS), -1,
                    "has length " + (emission.length != count ? emission.length : mechanisms.size())
                            + ", expected one per mechanism (" + count + ")");
        }
        List<EpochResult> results = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            try {
                results.add(VectorSchema.result(mechanisms.get(m), null, input.n()));
            } catch (InvalidInputException e) {
                throw e.within(MECHANISMS + "[" + m + "].");
            }
        }
        Map<String, Object> terms = new HashMap<>((Map<String, Object>) output.get(SUBNET));
        terms.put("bonds", SparseMatrix.empty(input.n()));
        EpochResult subnet;
        try {
            subnet = VectorSchema.result(terms, null, input.n());
        } catch (InvalidInputException e) {
            throw e.within(SUBNET + ".");
        }
        return new SubnetResult(emission, results, subnet);
    }

    private static List<Field<InputObject, Void, ?>> inputFields() {
        List<Field<InputObject, Void, ?>> fields = new ArrayList<>();
        for (Field<EpochInput.Builder, EpochInput, ?> field : VectorSchema.INPUT.fields()) {
            fields.add(intoShared(field));
        }
        fields.add(new Field<InputObject, Void, int[]>(SPLIT, U16S_OR_NULL, (object, split) -> object.split = split,
                nothing -> null));
        fields.add(new Field<InputObject, Void, List<Map<String, Object>>>(MECHANISMS, objects(MECHANISM, MECHANISMS),
                (object, mechanisms) -> object.mechanisms = mechanisms, nothing -> null));
        return fields;
    }

    private static List<Field<Map<String, Object>, Void, ?>> outputFields() {
        List<Field<Map<String, Object>, Void, ?>> fields = new ArrayList<>();
        for (Field<Map<String, Object>, EpochResult, ?> field : VectorSchema.OUTPUT.fields()) {
            fields.add(readOnly(field));
        }
        fields.add(new Field<Map<String, Object>, Void, long[]>(MECHANISM_EMISSION, Kind.U64S,
                (values, v) -> values.put(MECHANISM_EMISSION, v), nothing -> null));
        fields.add(new Field<Map<String, Object>, Void, List<Map<String, Object>>>(MECHANISMS,
                objects(VectorSchema.OUTPUT, "output." + MECHANISMS), (values, v) -> values.put(MECHANISMS, v),
                nothing -> null));
        fields.add(new Field<Map<String, Object>, Void, Map<String, Object>>(SUBNET, object(TERMS),
                (values, v) -> values.put(SUBNET, v), nothing -> null));
        return fields;
    }

    /** A single-epoch input field, read into the shared builder. */
    private static <V> Field<InputObject, Void, V> intoShared(Field<EpochInput.Builder, EpochInput, V> field) {
        return new Field<>(field.name(), field.kind(), (object, v) -> field.setter().accept(object.shared, v),
                nothing -> null);
    }

    /** A field read into a map under its name, and written from the model as before. */
    private static <B, V> Field<Map<String, Object>, EpochInput, V> byName(Field<B, EpochInput, V> field) {
        return new Field<>(field.name(), field.kind(), (values, v) -> values.put(field.name(), v), field.getter());
    }

    /** A field of a reading-only schema. */
    private static <V> Field<Map<String, Object>, Void, V> readOnly(Field<Map<String, Object>, ?, V> field) {
        return new Field<>(field.name(), field.kind(), field.setter(), nothing -> null);
    }

    /** An array of objects, each read into a map; {@code name} prefixes its fields as {@code name[i].}. */
    private static Kind<List<Map<String, Object>>> objects(Schema<Map<String, Object>, ?> schema, String name) {
        return new Kind<>((cursor, field) -> {
            cursor.expect(JsonToken.START_ARRAY, field, -1, "an array of objects");
            List<Map<String, Object>> objects = new ArrayList<>();
            while (cursor.next() != JsonToken.END_ARRAY) {
                Map<String, Object> values = new HashMap<>();
                schema.read(cursor, values, name + "[" + objects.size() + "].");
                objects.add(values);
            }
            return objects;
        }, SubnetSchema::readOnlyKind);
    }

    /** One object read into a map. */
    private static Kind<Map<String, Object>> object(Schema<Map<String, Object>, ?> schema) {
        return new Kind<>((cursor, field) -> {
            Map<String, Object> values = new HashMap<>();
            schema.read(cursor, values);
            return values;
        }, SubnetSchema::readOnlyKind);
    }

    /** Reading-only kinds: their fields' getters give null, so nothing is ever written through them. */
    private static <V> void readOnlyKind(JsonGenerator out, V value) {
        throw new IllegalStateException("a reading-only field was written: " + value);
    }
}
