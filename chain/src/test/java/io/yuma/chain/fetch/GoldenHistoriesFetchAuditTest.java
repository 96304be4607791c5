package io.yuma.chain.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.chain.emulator.ChainEmulator;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's promise over the whole golden set: every golden vector the node emulator can serve,
 * laid out on one chain (285 vectors, 529 epochs; the emulator prints why it refuses the others),
 * fetched through the client and audited, reproduces every epoch with 0 divergences. About a
 * minute on a 2-core machine; it prints the epochs per second and round trips it measured.
 */
class GoldenHistoriesFetchAuditTest {
    private static final Path VECTORS = Path.of("..", "vector-format", "vectors");

    @Test
    void everyServedGoldenEpochIsFetchedAndAuditsWithoutDivergence(@TempDir Path dir) throws IOException {
        List<Path> files;
        try (var listing = Files.list(VECTORS)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json.gz")
                    || f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        try (ChainEmulator node = ChainEmulator.builder().vectors(files).start()) {
            node.refusals().forEach(r -> System.out.println("not served: " + r));
            Path archive = dir.resolve("golden.yhist");
            long started = System.nanoTime();
            FetchSummary fetched = ChainFetch.run(new FetchOptions(node.url(), List.of(), 1, node.head(), archive,
                    FetchOptions.Existing.REFUSE, RpcOptions.defaults()), FetchProgress.none());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("fetched %d records of %d vectors (%d refused) in %.1f s: %.1f epochs/s, %s%n",
                    fetched.records(), files.size() - node.refusals().size(), node.refusals().size(), seconds,
                    fetched.records() / seconds, fetched.rpc());
            assertEquals(node.placements().size(), fetched.records(), "one record per epoch the emulator placed");
            assertEquals(0, fetched.flagged());
            assertEquals(0, fetched.withUnknown(), "the emulator serves every input exactly");

            Path out = dir.resolve("audit");
            RecomputeSummary audit;
            try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
                audit = Recompute.run(new RecomputeOptions(RecomputeMode.AUDIT, List.of(archive), out, false, false, false,
                        Overrides.none(), 256, 1, false, RecomputeOptions.Existing.REFUSE, Duration.ofSeconds(10)),
                        engine, new Progress(new PrintWriter(new StringWriter()), Progress.Style.NONE));
            }
            System.out.printf("audited: %d compared, %d divergences%n", audit.count("compared"),
                    audit.count("divergences"));
            assertEquals(fetched.records(), audit.count("compared"));
            assertEquals(0, audit.count("divergences"), () -> {
                try {
                    return Files.readString(out.resolve("divergences.csv"));
                } catch (IOException e) {
                    return e.toString();
                }
            });
        }
    }
}
