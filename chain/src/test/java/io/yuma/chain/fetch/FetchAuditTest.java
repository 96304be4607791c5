package io.yuma.chain.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.chain.ChainException;
import io.yuma.chain.emulator.ChainEmulator;
import io.yuma.chain.emulator.Placement;
import io.yuma.chain.rpc.RpcOptions;
import io.yuma.recompute.Overrides;
import io.yuma.recompute.Progress;
import io.yuma.recompute.Recompute;
import io.yuma.recompute.RecomputeMode;
import io.yuma.recompute.RecomputeOptions;
import io.yuma.recompute.RecomputeSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetch, then audit, through the node emulator serving golden vectors: a sequence deferred by
 * the per-block cap, a subnet with two mechanisms, parent/child stake, single epochs, and a runtime
 * upgrade inside the range whose records are flagged; every epoch fetched, 0 divergences. An
 * interrupted fetch resumes to the same bytes; node faults are retried or stop with one line,
 * leaving no archive under the final name.
 */
class FetchAuditTest {
    private static final Path VECTORS = Path.of("..", "vector-format", "vectors");
    private static final List<String> NAMES = List.of("sequence-n16-e30-190000", "subnet-m2-n40-y3-split_null-rao_alpha1-cr",
            "random-n16-y1-101602", "subnet-sequence-m2-n16", "random-n64-y3-la-");
    private static final int UPGRADED_SPEC = 426;
    private static ChainEmulator node;
    private static long upgradeBlock;

    @BeforeAll
    static void start() throws IOException {
        List<Path> files;
        try (var listing = Files.list(VECTORS)) {
            List<Path> all = listing.sorted().toList();
            files = NAMES.stream().map(prefix -> all.stream().filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no vector " + prefix + "* in " + VECTORS))).toList();
        }
        // Lay the vectors out once to find their blocks, then upgrade the runtime before the last few epochs.
        try (ChainEmulator probe = ChainEmulator.builder().vectors(files).parentChildStake(Set.of("random-n16-y1-101602"))
                .deferByCap(Set.of("sequence-n16-e30-190000")).start()) {
            List<Long> blocks = probe.placements().stream().map(Placement::block).sorted().toList();
            upgradeBlock = blocks.get(blocks.size() - 3);
        }
        node = ChainEmulator.builder().vectors(files).parentChildStake(Set.of("random-n16-y1-101602"))
                .deferByCap(Set.of("sequence-n16-e30-190000")).runtimeUpgrade(upgradeBlock, UPGRADED_SPEC).start();
        assertTrue(node.refusals().isEmpty(), () -> "refused: " + node.refusals());
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static FetchOptions options(Path output, FetchOptions.Existing existing) {
        return new FetchOptions(node.url(), List.of(), 1, node.head(), output, existing,
                RpcOptions.defaults().withTimeout(Duration.ofSeconds(1)).withRetries(5, Duration.ofMillis(10), Duration.ofMillis(50)));
    }

    @Test
    void everyEpochIsFetchedAndAuditsWithoutDivergence(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("history.yhist");
        FetchSummary fetched = ChainFetch.run(options(archive, FetchOptions.Existing.REFUSE), FetchProgress.none());
        List<Placement> placements = node.placements();
        assertEquals(placements.size(), fetched.records(), "one record per epoch the emulator placed");
        // The upgrade's block reports the new spec; an epoch reads its parent's runtime.
        long flagged = placements.stream().filter(p -> p.block() - 1 >= upgradeBlock).count();
        assertTrue(flagged > 0);
        assertEquals(flagged, fetched.flagged());
        assertEquals(0, fetched.withUnknown());
        assertTrue(fetched.rpc().roundTrips() < 12L * placements.size(), "a few round trips per epoch: " + fetched.rpc());

        Path out = dir.resolve("audit");
        RecomputeSummary audit;
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            audit = Recompute.run(new RecomputeOptions(RecomputeMode.AUDIT, List.of(archive), out, false, false, false,
                    Overrides.none(), 64, 1, false, RecomputeOptions.Existing.REFUSE, Duration.ofSeconds(10)), engine,
                    new Progress(new PrintWriter(new StringWriter()), Progress.Style.NONE));
        }
        assertEquals(placements.size() - flagged, audit.count("compared"));
        assertEquals(0, audit.count("divergences"), () -> read(out.resolve("divergences.csv")));
        String issues = read(out.resolve("issues.csv"));
        assertEquals(flagged, issues.lines().filter(l -> l.contains("runtime spec " + UPGRADED_SPEC + ": rules not implemented")).count(), issues);
    }

    @Test
    void aKilledFetchResumesToTheSameBytes(@TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole.yhist");
        ChainFetch.run(options(whole, FetchOptions.Existing.REFUSE), FetchProgress.none());
        Path resumed = dir.resolve("resumed.yhist");
        ChainException stopped = assertThrows(ChainException.class,
                () -> ChainFetch.run(options(resumed, FetchOptions.Existing.REFUSE), FetchProgress.none(), 7));
        assertTrue(stopped.getMessage().contains("stopped after 7"), stopped.getMessage());
        assertFalse(Files.exists(resumed));
        assertTrue(Files.exists(dir.resolve("resumed.yhist.partial")));
        ChainException refused = assertThrows(ChainException.class,
                () -> ChainFetch.run(options(resumed, FetchOptions.Existing.REFUSE), FetchProgress.none()));
        assertTrue(refused.getMessage().contains("--resume"), refused.getMessage());
        ChainFetch.run(options(resumed, FetchOptions.Existing.RESUME), FetchProgress.none());
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(resumed));
        assertFalse(Files.exists(FetchJournal.of(resumed)));
        assertFalse(Files.exists(dir.resolve("resumed.yhist.partial")));
    }

    @Test
    void http500AndSilenceAreRetried(@TempDir Path dir) throws IOException {
        node.faults().http500(2).silence(1);
        try {
            FetchSummary fetched = ChainFetch.run(options(dir.resolve("a.yhist"), FetchOptions.Existing.REFUSE),
                    FetchProgress.none());
            assertEquals(node.placements().size(), fetched.records());
            assertTrue(fetched.rpc().retries() >= 3, fetched.rpc().toString());
        } finally {
            node.faults().clear();
        }
    }

    @Test
    void malformedAnswersStopWithOneLineAndNoArchive(@TempDir Path dir) {
        node.faults().malformedJson(1);
        try {
            Path archive = dir.resolve("a.yhist");
            ChainException e = assertThrows(ChainException.class,
                    () -> ChainFetch.run(options(archive, FetchOptions.Existing.REFUSE), FetchProgress.none()));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(Files.exists(archive));
        } finally {
            node.faults().clear();
        }
    }

    @Test
    void prunedStateAsksForAnArchiveNode(@TempDir Path dir) {
        node.faults().prunedBelow(node.head() - 1);
        try {
            Path archive = dir.resolve("a.yhist");
            ChainException e = assertThrows(ChainException.class,
                    () -> ChainFetch.run(options(archive, FetchOptions.Existing.REFUSE), FetchProgress.none()));
            assertTrue(e.getMessage().contains("archive node"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(Files.exists(archive));
        } finally {
            node.faults().clear();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return file + ": " + e.getMessage();
        }
    }
}
