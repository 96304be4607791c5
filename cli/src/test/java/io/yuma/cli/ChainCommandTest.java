package io.yuma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.chain.testing.RecordedNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
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

    private record Outcome(int status, List<String> lines, String err) {
    }

    private static Outcome storage(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = new String[args.length + 4];
        line[0] = "chain";
        line[1] = "storage";
        line[2] = "--url";
        line[3] = node.url();
        System.arraycopy(args, 0, line, 4, args.length);
        int status = YumaCli.execute(new PrintWriter(out), new PrintWriter(err), line);
        return new Outcome(status, out.toString().lines().toList(), err.toString());
    }

    @Test
    void aMapUnderItsFirstKeyPrintsEveryEntryInStorageKeyOrder() {
        Outcome weights = storage("SubtensorModule", "Weights", "23");
        assertEquals(ExitCodes.OK, weights.status(), weights.err());
        assertEquals(List.of("{\"key\":[23,10],\"value\":[[10,65535]]}"), weights.lines());
        Outcome bonds = storage("--at", "6852690", "SubtensorModule", "Bonds", "23");
        assertEquals(19, bonds.lines().size(), bonds.err());
        for (int uid = 0; uid < 19; uid++) {
            assertTrue(bonds.lines().get(uid).startsWith("{\"key\":[23," + uid + "],\"value\":["), bonds.lines().get(uid));
        }
    }

    @Test
    void oneEntryOfAMapKeyedByAnAccount() {
        Outcome uid = storage("--at", RecordedNode.BLOCK_HASH, "SubtensorModule", "Uids", "14",
                "5Cf4LPRv6tiyuFsfLRQaFYEEn3zJRGi4bAE9DwbbKmbCSHpV");
        assertEquals(List.of("{\"key\":[14,\"5Cf4LPRv6tiyuFsfLRQaFYEEn3zJRGi4bAE9DwbbKmbCSHpV\"],\"value\":29}"), uid.lines(), uid.err());
        Outcome lastUpdate = storage("SubtensorModule", "LastUpdate", "1");
        assertEquals(1, lastUpdate.lines().size());
        assertEquals(1024, lastUpdate.lines().getFirst().split(",").length - 1, "1,024 blocks after the key");
    }

    @Test
    void aMissingPlainValueOrEntryPrintsItsDefault() {
        Outcome missing = storage("SubtensorModule", "Tempo", "999");
        assertEquals(ExitCodes.OK, missing.status(), missing.err());
        assertTrue(missing.lines().getFirst().matches("\\{\"key\":\\[999],\"value\":[1-9][0-9]*}"), missing.lines().toString());
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

    private static void assertError(Outcome outcome, String start, String contains) {
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals(List.of(), outcome.lines());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertTrue(outcome.err().startsWith("yuma chain storage: ") && outcome.err().contains(start)
                && outcome.err().contains(contains), outcome.err());
    }
}
