package io.yuma.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Each property's default, its parsing, and an error naming the property, the value and what was expected. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class YumaPropertiesTest {
    private static <T> T with(String name, String value, Supplier<T> read) {
        String before = System.getProperty(name);
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
        try {
            return read.get();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }

    @Test
    void defaultsWhenUnset() {
        assertEquals(Runtime.getRuntime().availableProcessors(), with(YumaProperties.THREADS, null, YumaProperties::threads));
        assertEquals(Optional.empty(), with(YumaProperties.ENGINE, null, YumaProperties::engine));
        assertEquals(128, with(YumaProperties.CUDA_THREADS, null, () -> YumaProperties.cudaThreads(128)));
        assertEquals(0, with(YumaProperties.CUDA_DEVICE, null, YumaProperties::cudaDevice));
    }

    @Test
    void valuesAreTrimmedAndParsed() {
        assertEquals(3, with(YumaProperties.THREADS, " 3 ", YumaProperties::threads));
        assertEquals(new EngineOptions(5), with(YumaProperties.THREADS, "5", EngineOptions::defaults));
        assertEquals(Optional.of("simd"), with(YumaProperties.ENGINE, " simd ", YumaProperties::engine));
        assertEquals(Optional.empty(), with(YumaProperties.ENGINE, "  ", YumaProperties::engine));
        assertEquals(1L << 33, with(YumaProperties.CUDA_MEMORY, "8589934592", () -> YumaProperties.cudaMemory(0)));
        assertEquals(0, with(YumaProperties.CUDA_BLOCKS, "0", () -> YumaProperties.cudaBlocks(7)));
    }

    @Test
    void badValuesNameThePropertyTheValueAndWhatIsExpected() {
        assertEquals("system property yuma.threads is 'four'; expected a whole number of at least 1",
                assertThrows(IllegalArgumentException.class,
                        () -> with(YumaProperties.THREADS, "four", YumaProperties::threads)).getMessage());
        assertEquals("system property yuma.threads is '0'; expected a whole number of at least 1",
                assertThrows(IllegalArgumentException.class,
                        () -> with(YumaProperties.THREADS, "0", EngineOptions::defaults)).getMessage());
        assertEquals("system property yuma.cuda.memory is '-1'; expected a whole number of at least 0",
                assertThrows(IllegalArgumentException.class,
                        () -> with(YumaProperties.CUDA_MEMORY, "-1", () -> YumaProperties.cudaMemory(0))).getMessage());
        assertEquals("system property yuma.cuda.device is '1.5'; expected a whole number of at least 0",
                assertThrows(IllegalArgumentException.class,
                        () -> with(YumaProperties.CUDA_DEVICE, "1.5", YumaProperties::cudaDevice)).getMessage());
        assertEquals("system property yuma.cuda.threads is '4294967296'; expected a whole number of at most 2147483647",
                assertThrows(IllegalArgumentException.class,
                        () -> with(YumaProperties.CUDA_THREADS, "4294967296", () -> YumaProperties.cudaThreads(1)))
                        .getMessage());
    }
}
