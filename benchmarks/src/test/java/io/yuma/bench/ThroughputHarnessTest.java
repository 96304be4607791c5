package io.yuma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness on a 4-uid subnet for a few milliseconds: counts that add up, never timings. */
class ThroughputHarnessTest {
    /** Surefire runs tests from the module directory. */
    static final Path TINY = Path.of("..", "vector-format", "vectors", "edge-kappa0-n4-170400.json.gz");

    private static final Duration SHORT = Duration.ofMillis(30);

    private static EpochInput tiny;

    @BeforeAll
    static void readTiny() throws IOException {
        tiny = VectorReader.readInputs(TINY).epochs().get(0);
    }

    private static HarnessReport run(List<EpochInput> subnets, HarnessSettings settings) throws InterruptedException {
        try (YumaEngine engine = Engines.open("reference", new EngineOptions(1))) {
            return ThroughputHarness.run(engine, subnets, settings);
        }
    }

    @Test
    void countsEveryTimedCallAndItsEpochs() throws InterruptedException {
        // 3 subnets, 2 per call: calls of 2 and 1 subnets, one per thread.
        HarnessReport report = run(Replicas.of(List.of(tiny), 3), new HarnessSettings(2, 2, SHORT, SHORT));

        assertEquals("reference", report.engine());
        assertEquals(report.calls(), report.latency().getTotalCount(), "one latency per timed call");
        assertTrue(report.calls() >= 2, "each thread times at least one call: " + report.calls());
        assertTrue(report.epochs() >= report.calls() && report.epochs() <= 2 * report.calls(),
                "calls of 1 or 2 subnets: epochs=" + report.epochs() + " calls=" + report.calls());
        assertTrue(report.elapsedNanos() > 0 && report.epochsPerSecond() > 0, report.summary());
        assertTrue(report.percentileMicros(50) <= report.percentileMicros(99)
                && report.percentileMicros(99) <= report.maxMicros(), report.summary());
    }

    @Test
    void threadsShareCallsWhenThereAreFewer() throws InterruptedException {
        HarnessReport report = run(List.of(tiny), new HarnessSettings(3, 1, Duration.ZERO, Duration.ZERO));

        assertTrue(report.calls() >= 3, "three threads, at least one timed call each: " + report.calls());
        assertEquals(report.calls(), report.epochs());
        assertEquals(report.latency().getMean() / 1e3, report.meanCallMicros(), 1e-9);
    }

    @Test
    void anEngineFailureReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("engine broke");
        YumaEngine broken = new YumaEngine() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public EpochResult run(EpochInput input) {
                throw failure;
            }
        };
        HarnessSettings settings = new HarnessSettings(2, 1, SHORT, SHORT);

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> ThroughputHarness.run(broken, List.of(tiny), settings)));
    }

    @Test
    void rejectsBadSettingsAndNoSubnets() {
        assertThrows(IllegalArgumentException.class, () -> new HarnessSettings(0, 1, SHORT, SHORT));
        assertThrows(IllegalArgumentException.class, () -> new HarnessSettings(1, 0, SHORT, SHORT));
        assertThrows(IllegalArgumentException.class, () -> new HarnessSettings(1, 1, SHORT.negated(), SHORT));
        assertThrows(IllegalArgumentException.class,
                () -> run(List.of(), new HarnessSettings(1, 1, SHORT, SHORT)));
    }
}
