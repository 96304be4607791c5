package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yuma.api.Availability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each condition Lucene's vectorization provider checks declines the engine, with its own reason. */
class SimdAvailabilityTest {
    private static final String SERVER = "OpenJDK 64-Bit Server VM";
    private static final String MIXED = "mixed mode, sharing";

    @Test
    void hotSpotServerWithC2TheModuleAndWideVectorsIsAvailable() {
        Availability yes = SimdEngineProvider.availability(SERVER, MIXED, true, () -> 256);
        assertTrue(yes.available(), yes.reason());
        assertEquals("Vector API, 4 x 64-bit lanes", yes.reason());
        assertTrue(SimdEngineProvider.availability("Java HotSpot(TM) 64-Bit Server VM", MIXED, true, () -> 128).available());
    }

    @Test
    void c1OnlyIsDeclined() {
        Availability no = SimdEngineProvider.availability(SERVER, "mixed mode, emulated-client, sharing", true, () -> 256);
        assertEquals("C2 is disabled (java.vm.info 'mixed mode, emulated-client, sharing': -XX:TieredStopAtLevel=1 or"
                + " -XX:CompilationMode=quick-only); drop that flag", no.reason());
    }

    @Test
    void theInterpreterIsDeclined() {
        Availability no = SimdEngineProvider.availability(SERVER, "interpreted mode, sharing", true, () -> 256);
        assertEquals("the JIT is off (java.vm.info 'interpreted mode, sharing': -Xint); drop that flag", no.reason());
    }

    @Test
    void aJvmOtherThanHotSpotServerIsDeclined() {
        assertEquals("the JVM is 'Eclipse OpenJ9 VM', not HotSpot's server VM with the C2 compiler that makes Vector API"
                + " code fast", SimdEngineProvider.availability("Eclipse OpenJ9 VM", MIXED, true, () -> 256).reason());
        assertTrue(SimdEngineProvider.availability("OpenJDK 64-Bit Zero VM", MIXED, true, () -> 256).reason()
                .startsWith("the JVM is 'OpenJDK 64-Bit Zero VM'"));
    }

    @Test
    void narrowVectorsAreDeclined() {
        assertEquals("the preferred vector size is 64 bits; the engine needs at least 128 (two 64-bit lanes)",
                SimdEngineProvider.availability(SERVER, MIXED, true, () -> 64).reason());
    }

    @Test
    void aMissingModuleIsNamedWithTheFixAndTheVectorSizeIsNotAsked() {
        Availability no = SimdEngineProvider.availability(SERVER, "mixed mode, emulated-client", false,
                () -> { throw new AssertionError("the vector size was asked without the module"); });
        assertEquals("C2 is disabled (java.vm.info 'mixed mode, emulated-client': -XX:TieredStopAtLevel=1 or"
                + " -XX:CompilationMode=quick-only); drop that flag; jdk.incubator.vector is not in the module graph:"
                + " add --add-modules jdk.incubator.vector", no.reason());
    }

    /** The real flag, in a JVM of its own: HotSpot reports C1-only as "emulated-client", and the provider reads it. */
    @Test
    void aJvmStartedWithTieredStopAtLevel1Declines() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("java.vm.info", "").contains("mixed mode"), "this JVM is not in mixed mode");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "--add-modules",
                "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), AvailabilityProbe.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(60, TimeUnit.SECONDS), out);
        assertTrue(out.contains("false C2 is disabled (java.vm.info 'mixed mode, emulated-client"), out);
    }
}
