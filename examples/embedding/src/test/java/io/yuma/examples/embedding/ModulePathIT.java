package io.yuma.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each example as an application would: its jar and its run-time dependencies' jars on the
 * module path of a fresh JVM. The best engine there must be the SIMD engine, and what the example
 * prints must be what the reference engine computes here for the same input.
 */
class ModulePathIT {
    /** The flags the README tells embedding applications to pass. */
    private static final List<String> EMBEDDING_FLAGS =
            List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");

    @TempDir
    Path dir;

    @Test
    void oneEpochRunsOnTheSimdEngine() throws Exception {
        List<String> out = run(EMBEDDING_FLAGS, OneEpoch.class);
        assertEquals(List.of("engine: simd", "emission: " + referenceEmission(OneEpoch.subnet(1_000_000_000L))), out);
    }

    @Test
    void aBatchRunsOnTheSimdEngine() throws Exception {
        List<String> expected = new ArrayList<>(List.of("engine: simd"));
        List<EpochInput> subnets = BatchOfSubnets.subnets();
        for (int s = 0; s < subnets.size(); s++) {
            expected.add("subnet " + s + " emission: " + referenceEmission(subnets.get(s)));
        }
        assertEquals(expected, run(EMBEDDING_FLAGS, BatchOfSubnets.class));
    }

    /** On the module path the SIMD module's own requires brings the Vector API in. */
    @Test
    void theModulePathNeedsNoFlagForTheVectorApi() throws Exception {
        assertEquals("engine: simd", run(List.of(), OneEpoch.class).getFirst());
    }

    private static String referenceEmission(EpochInput input) {
        try (YumaEngine reference = Engines.open("reference", new EngineOptions(1))) {
            long[] emission = reference.run(input).emission();
            assertTrue(Arrays.stream(emission).anyMatch(e -> e != 0), "the example's subnet must emit something");
            return Arrays.toString(emission);
        }
    }

    /** Runs {@code main} in a new JVM on the example's module path; returns its standard output's lines. */
    private List<String> run(List<String> flags, Class<?> main) throws IOException, InterruptedException {
        String modulePath = System.getProperty("yuma.example.modules") + File.pathSeparator
                + System.getProperty("yuma.example.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("--module-path", modulePath, "-m", "io.yuma.examples.embedding/" + main.getName()));
        Path stdout = dir.resolve(main.getSimpleName() + ".out");
        Path stderr = dir.resolve(main.getSimpleName() + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        String report = String.join(" ", command) + "\nstdout:\n" + Files.readString(stdout, StandardCharsets.UTF_8)
                + "stderr:\n" + Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(exited, "did not exit within 2 minutes: " + report);
        assertEquals(0, process.exitValue(), report);
        return Files.readAllLines(stdout, StandardCharsets.UTF_8);
    }
}
