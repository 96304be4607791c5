package io.yuma.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.api.YumaEngineProvider;
import io.yuma.testkit.ConformanceRunner;
import io.yuma.testkit.Mismatch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled vector against every engine found by ServiceLoader, bit for bit. Engines not
 * available here (no GPU, no Vector API) are skipped with their reason.
 */
class GoldenVectorTest {
    /** One engine and runner per engine name, shared by that engine's vectors and closed at the end. */
    private static final Map<String, YumaEngine> ENGINES = new ConcurrentHashMap<>();
    private static final Map<String, ConformanceRunner> RUNNERS = new ConcurrentHashMap<>();

    static Stream<Arguments> enginesAndVectors() throws IOException {
        List<Path> files = GoldenVectors.bundled();
        return Engines.providers().stream().flatMap(provider -> files.stream()
                .map(file -> Arguments.of(provider.name(), Named.of(file.getFileName().toString(), file))));
    }

    @BeforeAll
    static void sayWhichEnginesAreSkipped() {
        for (YumaEngineProvider provider : Engines.providers()) {
            Availability availability = provider.availability();
            if (!availability.available()) {
                System.err.println("golden vectors: skipping engine " + provider.name() + ": " + availability.reason());
            }
        }
    }

    @Test
    void referenceEngineIsRegisteredAndAvailable() {
        assertTrue(Engines.provider("reference").availability().available(),
                "every other engine is checked against the reference; it must run everywhere");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndVectors")
    void engineReproducesVector(String engine, Path file) throws IOException {
        Availability availability = Engines.provider(engine).availability();
        assumeTrue(availability.available(), () -> "engine " + engine + " is not available: " + availability.reason());
        Optional<Mismatch> mismatch = runner(engine).check(VectorReader.read(file));
        assertTrue(mismatch.isEmpty(), () -> mismatch.orElseThrow().toString());
    }

    private static ConformanceRunner runner(String engine) {
        return RUNNERS.computeIfAbsent(engine, name -> new ConformanceRunner(
                ENGINES.computeIfAbsent(name, n -> Engines.open(n, EngineOptions.defaults()))));
    }

    @AfterAll
    static void closeEngines() {
        RUNNERS.values().forEach(ConformanceRunner::close);
        ENGINES.values().forEach(YumaEngine::close);
    }
}
