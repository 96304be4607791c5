package io.yuma.chain.fetch;

import io.yuma.chain.emulator.ChainEmulator;
import io.yuma.chain.rpc.RpcOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Epochs per second imported from the node emulator, and round trips per epoch: a benchmark run
 * by hand, not a test (speed is never asserted). It serves golden vectors (by default those with
 * n = 256: random-n256-*, subnet-m1-n256-*, one epoch per subnet; {@code sequence-n128-.*} gives a
 * 20-epoch history), fetches the whole range several times and prints each run's figures:
 *
 * <pre>
 * mvn -B -o -q -pl chain -am test-compile
 * java -cp "$(cat chain/target/test-classpath.txt):chain/target/classes:chain/target/test-classes" io.yuma.chain.fetch.FetchBenchmark
 * </pre>
 *
 * (the class path from {@code mvn -pl chain dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}).
 */
public final class FetchBenchmark {
    private FetchBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args optionally the number of runs (default 5), then a regular expression for the
     *     vector file names (default the n = 256 single epochs)
     * @throws Exception when a fetch fails
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String names = args.length > 1 ? args[1] : "(random|subnet-m1)-n256-.*\\.json\\.gz";
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("vector-format", "vectors"))) {
            files = listing.filter(f -> f.getFileName().toString().matches(names)).sorted().toList();
        }
        try (ChainEmulator node = ChainEmulator.builder().vectors(files).start()) {
            Path dir = Files.createTempDirectory("fetch-bench");
            int epochs = node.placements().size();
            System.out.println(files.size() + " vectors, " + epochs + " epochs served, " + node.refusals().size() + " refused");
            for (int run = 0; run < runs; run++) {
                Path out = dir.resolve("run" + run + ".yhist");
                long start = System.nanoTime();
                FetchSummary summary = ChainFetch.run(new FetchOptions(node.url(), List.of(), 1, node.head(), out,
                        FetchOptions.Existing.REPLACE, RpcOptions.defaults()), FetchProgress.none());
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: %d epochs in %.2f s = %.1f epochs/s; %.1f round trips and %.1f calls per epoch; %d bytes%n",
                        run, summary.records(), seconds, summary.records() / seconds,
                        (double) summary.rpc().roundTrips() / summary.records(), (double) summary.rpc().calls() / summary.records(),
                        Files.size(out));
                Files.delete(out);
            }
        }
    }
}
