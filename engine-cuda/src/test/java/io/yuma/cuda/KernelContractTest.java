package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.batch.layout.BatchLayout;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The constants the Java side and the kernels must agree on, read from the kernel headers: the
 * slot list, the argument table, the subnet record offsets (BatchLayout) and the limits.
 */
class KernelContractTest {
    @Test
    void slotsAreListedInTheSameOrder() throws IOException {
        String args = header("yuma_args.cuh");
        Matcher list = Pattern.compile("#define YUMA_SLOTS\\(X\\)(.*?)// clang-format on", Pattern.DOTALL).matcher(args);
        list.find();
        List<String> kernel = Pattern.compile("X\\((\\w+)\\)").matcher(list.group(1)).results()
                .map(m -> m.group(1)).toList();
        assertEquals(Arrays.stream(Slot.values()).map(Enum::name).toList(), kernel);
    }

    @Test
    void argumentTableWordsAgree() throws IOException {
        Map<String, Long> kernel = constants(header("yuma_args.cuh"), "(ARG_\\w+) = (\\d+)");
        for (Map.Entry<String, Long> word : kernel.entrySet()) {
            if (!word.getKey().equals("ARG_MAGIC") && !word.getKey().equals("ARG_VERSION")) {
                assertEquals(word.getValue(), staticLong(ArenaLayout.class, word.getKey()), word.getKey());
            }
        }
        assertEquals(0L, kernel.get("ARG_MAGIC"));
        assertEquals(1L, kernel.get("ARG_VERSION"));
        Map<String, Long> values = constants(header("yuma_args.cuh"), "const (?:u64|int) (\\w+) = (0x[0-9A-F]+|\\d+)");
        assertEquals(ArenaLayout.MAGIC, values.get("ARGS_MAGIC"));
        assertEquals(ArenaLayout.VERSION, values.get("ARGS_VERSION"));
        assertEquals(ArenaLayout.DENSE_ROWS, values.get("DENSE_ROWS"));
        assertEquals(DeviceSettings.MAX_THREADS, constants(header("yuma_platform.cuh"), "const int (MAX_THREADS) = (\\d+)")
                .get("MAX_THREADS"));
    }

    @Test
    void subnetRecordMatchesBatchLayout() throws IOException {
        Map<String, Long> kernel = constants(header("yuma_subnet.cuh"), "const int REC_(\\w+) = (\\d+)");
        assertEquals(BatchLayout.SUBNET_RECORD_BYTES, kernel.remove("BYTES"));
        for (Map.Entry<String, Long> field : kernel.entrySet()) {
            assertEquals(field.getValue(), staticLong(BatchLayout.class, field.getKey()), field.getKey());
        }
        assertEquals(21, kernel.size(), "every record offset and flag is compared");
    }

    private static String header(String name) throws IOException {
        return Files.readString(HostBuild.KERNELS.resolve(name));
    }

    private static Map<String, Long> constants(String text, String regex) {
        Map<String, Long> found = new LinkedHashMap<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            String value = m.group(2);
            long parsed = value.startsWith("0x") ? Long.parseUnsignedLong(value.substring(2), 16) : Long.parseLong(value);
            found.put(m.group(1), parsed);
        }
        return found;
    }

    private static long staticLong(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return ((Number) field.get(null)).longValue();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + " has no constant " + name, e);
        }
    }
}
