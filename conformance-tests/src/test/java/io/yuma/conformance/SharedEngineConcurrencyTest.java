package io.yuma.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference and SIMD engines under concurrent use give the reference's single-threaded
 * results ({@link ConcurrencyCheck}), in this JVM and in a child JVM whose JIT compiles under
 * stress: C2's global and local code motion, its iterative GVN, conditional constant propagation,
 * macro expansion and incremental inlining each take random valid choices
 * ({@code -XX:+StressGCM -XX:+StressLCM -XX:+StressIGVN -XX:+StressCCP -XX:+StressMacroExpansion
 * -XX:+StressIncrementalInlining}, diagnostic options that Temurin 25's product build accepts),
 * so that a data race or an unsafe reordering the usual schedule hides has a chance to show.
 * {@code -Dyuma.concurrency.rounds=50 -Dyuma.concurrency.cycles=20 -Dyuma.concurrency.epochs=100000}
 * makes the long run (FUZZING.md).
 */
class SharedEngineConcurrencyTest {
    static final List<String> STRESS = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+StressGCM", "-XX:+StressLCM",
            "-XX:+StressIGVN", "-XX:+StressCCP", "-XX:+StressMacroExpansion", "-XX:+StressIncrementalInlining");

    private static ConcurrencyCheck check;

    @BeforeAll
    static void computeTheReference() throws Exception {
        check = ConcurrencyCheck.fromGoldenVectors();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "simd"})
    void oneInstanceSharedByEightThreadsGivesTheReferenceResults(String engine) throws Exception {
        assertEquals(List.of(), check.sharedInstance(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "simd"})
    void openRunCloseCyclesOnEightThreadsGiveTheReferenceResults(String engine) throws Exception {
        assertEquals(List.of(), check.openRunCloseCycles(engine));
    }

    @Test
    void underTheJitStressOptionsTooInAChildJvm() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        command.addAll(STRESS);
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-Dyuma.concurrency.rounds=" + Integer.getInteger("yuma.concurrency.rounds", 1),
                "-Dyuma.concurrency.cycles=" + Integer.getInteger("yuma.concurrency.cycles", 1),
                "-Dyuma.concurrency.epochs=" + Integer.getInteger("yuma.concurrency.epochs", 30),
                "-cp", System.getProperty("java.class.path"), ConcurrencyCheck.class.getName(), "reference", "simd"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the stressed child did not end");
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("0 mismatches over "), output);
    }
}
