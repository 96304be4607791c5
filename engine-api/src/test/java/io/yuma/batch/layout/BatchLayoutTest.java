package io.yuma.batch.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Holds the subnet record table in {@link BatchLayout}'s Javadoc to the {@code *_OFFSET}
 * constants, and both to the layout's rules: fields back to back, each naturally aligned, the
 * record padded to whole {@link BatchLayout#COLUMN_ALIGNMENT} lines.
 */
class BatchLayoutTest {
    private static final Path SOURCE = Path.of("src/main/java/io/yuma/batch/layout/BatchLayout.java");
    /** A table row: offset, size, type ("-" for the padding), field name. */
    private static final Pattern ROW = Pattern.compile("^ \\*\\s+(\\d+)\\s+(\\d+) (i32|u64|-)\\s+(\\w+)");
    private static final Map<String, Integer> TYPE_BYTES = Map.of("i32", Integer.BYTES, "u64", Long.BYTES);

    private record Row(int offset, int size, String type, String field) {
    }

    private record Constant(String name, int offset) {
    }

    @Test
    void theRecordTableIsTheConstants() throws IOException {
        List<Row> rows = recordTable();
        Row padding = rows.removeLast();
        assertEquals("padding", padding.field(), "the table ends with the padding");
        List<Constant> constants = offsetConstants();
        assertEquals(constants.size(), rows.size(), "one table row per *_OFFSET constant: " + constants);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Constant constant = constants.get(i);
            assertEquals(constant.name(), constantName(row.field()), "field " + i + " of the table");
            assertEquals(constant.offset(), row.offset(), row.field() + "'s offset");
        }
    }

    @Test
    void fieldsAreBackToBackAlignedAndPaddedToWholeLines() throws IOException {
        List<Row> rows = recordTable();
        int end = 0;
        for (Row row : rows) {
            assertEquals(end, row.offset(), row.field() + " starts where the field before it ends");
            if (!row.type().equals("-")) {
                assertEquals(TYPE_BYTES.get(row.type()), row.size(), row.field() + "'s size is its type's");
                assertEquals(0, row.offset() % row.size(), row.field() + " is naturally aligned");
            }
            end = row.offset() + row.size();
        }
        assertEquals(BatchLayout.SUBNET_RECORD_BYTES, end, "the padded record");
        assertEquals(0, BatchLayout.SUBNET_RECORD_BYTES % BatchLayout.COLUMN_ALIGNMENT, "whole lines");
        int fields = rows.get(rows.size() - 1).offset();
        assertTrue(BatchLayout.SUBNET_RECORD_BYTES - fields < BatchLayout.COLUMN_ALIGNMENT,
                "no more than one partial line of padding: " + fields + " bytes of fields");
    }

    @Test
    void recordsAndFieldsAreReadWhereTheyAreWritten() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment records = arena.allocate(2L * BatchLayout.SUBNET_RECORD_BYTES);
            records.set(BatchLayout.I32, BatchLayout.SUBNET_RECORD_BYTES + BatchLayout.KAPPA_OFFSET, 0x1234);
            records.set(BatchLayout.LONG, BatchLayout.SUBNET_RECORD_BYTES + BatchLayout.TAO_WEIGHT_OFFSET, -2L);
            assertEquals(0x1234, BatchLayout.intField(records, 1, BatchLayout.KAPPA_OFFSET));
            assertEquals(-2L, BatchLayout.longField(records, 1, BatchLayout.TAO_WEIGHT_OFFSET));
            assertEquals(0, BatchLayout.intField(records, 0, BatchLayout.KAPPA_OFFSET));
            assertEquals(0x34, records.get(BatchLayout.U8, BatchLayout.SUBNET_RECORD_BYTES + BatchLayout.KAPPA_OFFSET),
                    "little-endian");
        }
    }

    /** The Javadoc table's rows, in order (the last is the padding). */
    private static List<Row> recordTable() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(SOURCE)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.add(new Row(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
            }
        }
        assertFalse(rows.isEmpty(), "no record table found in " + SOURCE.toAbsolutePath());
        return rows;
    }

    /** Every public {@code *_OFFSET} constant, by offset. */
    private static List<Constant> offsetConstants() {
        return Arrays.stream(BatchLayout.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_OFFSET"))
                .map(BatchLayoutTest::constant)
                .sorted(Comparator.comparingInt(Constant::offset))
                .toList();
    }

    private static Constant constant(Field field) {
        try {
            return new Constant(field.getName(), field.getInt(null));
        } catch (IllegalAccessException e) {
            throw new AssertionError(field.getName(), e);
        }
    }

    /** {@code uidBase} to {@code UID_BASE_OFFSET}. */
    private static String constantName(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase() + "_OFFSET";
    }
}
