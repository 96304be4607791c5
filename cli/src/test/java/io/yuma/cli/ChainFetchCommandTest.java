package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.chain.emulator.ChainEmulator;
import io.yuma.chain.emulator.Placement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code yuma chain fetch}, {@code epoch} and {@code audit} against the node emulator serving golden vectors. */
class ChainFetchCommandTest {
    private static final Path VECTORS = Path.of("..", "vector-format", "vectors");
    private static ChainEmulator node;

    @BeforeAll
    static void start() throws IOException {
        try (Stream<Path> files = Files.list(VECTORS)) {
            List<Path> all = files.sorted().toList();
            List<Path> chosen = Stream.of("subnet-m2-n40-y3-split_null-rao_alpha1-cr", "sequence-n8-e50-190003")
                    .map(prefix -> all.stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow())
                    .toList();
            node = ChainEmulator.builder().vectors(chosen).start();
        }
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void anEpochWrittenAsAVectorPassesConform(@TempDir Path dir) {
        Placement subnet = node.placements().stream().filter(p -> p.mechanisms() == 2).findFirst().orElseThrow();
        Path vector = dir.resolve("epoch.json");
        CliRun epoch = yuma("chain", "epoch", "--url", node.url(), "--netuid", Integer.toString(subnet.netuid()),
                "--block", Long.toString(subnet.block()), "-o", vector.toString());
        assertEquals(ExitCodes.OK, epoch.status(), epoch.err());
        CliRun conform = yuma("conform", "--engine", "reference", vector.toString());
        assertEquals(ExitCodes.OK, conform.status(), conform.out() + conform.err());
    }

    @Test
    void auditFetchesAndAuditsWithoutDivergence(@TempDir Path dir) throws IOException {
        CliRun audit = yuma("chain", "audit", "--url", node.url(), "--netuid", "all", "--from", "1", "--to",
                Long.toString(node.head()), "--progress", "none", "--engine", "reference", "-o", dir.toString());
        assertEquals(ExitCodes.OK, audit.status(), audit.out() + audit.err());
        assertTrue(audit.out().contains(node.placements().size() + " epochs"), audit.out());
        assertTrue(Files.exists(dir.resolve("history.yhist")));
        assertEquals("subnet,epoch,uid,field,recorded,computed", Files.readString(dir.resolve("divergences.csv")).strip());
    }

    @Test
    void prunedStateIsOneLineAndExitTwo(@TempDir Path dir) {
        node.faults().prunedBelow(node.head());
        try {
            Path archive = dir.resolve("a.yhist");
            CliRun fetch = yuma("chain", "fetch", "--url", node.url(), "--netuid", "1", "--from", "1", "--to",
                    Long.toString(node.head()), "--progress", "none", "-o", archive.toString());
            assertEquals(ExitCodes.ERROR, fetch.status());
            assertEquals(1, fetch.err().strip().lines().count(), fetch.err());
            assertTrue(fetch.err().contains("archive node"), fetch.err());
            assertFalse(Files.exists(archive));
        } finally {
            node.faults().clear();
        }
    }
}
