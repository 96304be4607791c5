package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.chain.testing.RecordedNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code yuma chain storage} against a stand-in node serving storage recorded from a real Bittensor node. */
class ChainCommandTest {
    private static RecordedNode node;

    @BeforeAll
    static void start() {
        node = RecordedNode.start();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    /** {@code yuma chain storage --url NODE ARGS}. */
    private static CliRun storage(String... args) {
        return yuma(Stream.concat(Stream.of("chain", "storage", "--url", node.url()), Stream.of(args))
                .toArray(String[]::new));
    }

    @Test
    void aMapUnderItsFirstKeyPrintsEveryEntryInStorageKeyOrder() {
        CliRun weights = storage("SubtensorModule", "Weights", "23");
        assertEquals(ExitCodes.OK, weights.status(), weights.err());
        assertEquals(List.of("{\"key\":[23,10],\"value\":[[10,65535]]}"), weights.outLines());
        CliRun bonds = storage("--at", "6852690", "SubtensorModule", "Bonds", "23");
        assertEquals(19, bonds.outLines().size(), bonds.err());
        for (int uid = 0; uid < 19; uid++) {
            String entry = bonds.outLines().get(uid);
            assertTrue(entry.startsWith("{\"key\":[23," + uid + "],\"value\":["), entry);
        }
    }

    @Test
    void oneEntryOfAMapKeyedByAnAccount() {
        CliRun uid = storage("--at", RecordedNode.BLOCK_HASH, "SubtensorModule", "Uids", "14",
                "5Cf4LPRv6tiyuFsfLRQaFYEEn3zJRGi4bAE9DwbbKmbCSHpV");
        assertEquals(List.of("{\"key\":[14,\"5Cf4LPRv6tiyuFsfLRQaFYEEn3zJRGi4bAE9DwbbKmbCSHpV\"],\"value\":29}"), uid.outLines(), uid.err());
        CliRun lastUpdate = storage("SubtensorModule", "LastUpdate", "1");
        assertEquals(1, lastUpdate.outLines().size());
        assertEquals(1024, lastUpdate.outLines().getFirst().split(",").length - 1, "1,024 blocks after the key");
    }

    @Test
    void aMissingPlainValueOrEntryPrintsItsDefault() {
        CliRun missing = storage("SubtensorModule", "Tempo", "999");
        assertEquals(ExitCodes.OK, missing.status(), missing.err());
        assertTrue(missing.outLines().getFirst().matches("\\{\"key\":\\[999],\"value\":[1-9][0-9]*}"),
                missing.outLines().toString());
    }

    @Test
    void badNamesAndKeysAreOneLineWithStatus2() {
        assertError(storage("SubtensorModul", "Weights"), "no pallet 'SubtensorModul'", "did you mean SubtensorModule");
        assertError(storage("SubtensorModule", "Weight"), "no storage item 'Weight'", "Weights");
        assertError(storage("SubtensorModule", "Weights", "1", "2", "3"), "SubtensorModule.Weights has 2 keys", "3 were given");
        assertError(storage("SubtensorModule", "Weights", "65536"), "SubtensorModule.Weights key 1", "65535");
        assertError(storage("SubtensorModule", "Uids", "1", "5NotAnAddress"), "SubtensorModule.Uids key 2 (AccountId32)", "");
        assertError(storage("--at", "yesterday", "SubtensorModule", "Tempo"), "--at yesterday", "block number");
    }

    private static void assertError(CliRun outcome, String start, String contains) {
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals(List.of(), outcome.outLines());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertTrue(outcome.err().startsWith("yuma chain storage: ") && outcome.err().contains(start)
                && outcome.err().contains(contains), outcome.err());
    }
}
