package io.yuma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code yuma duel}: agreement, a reported difference, and bad options. */
class DuelCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = YumaCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void theReferenceAgreesWithItself() {
        String[] outcome = run("duel", "--engine", "reference", "--cases", "40", "--threads", "2");
        assertEquals(Integer.toString(ExitCodes.OK), outcome[0], outcome[2]);
        assertTrue(outcome[1].contains("40 cases") && outcome[1].contains("agree with the reference"), outcome[1]);
        assertTrue(outcome[1].contains("and 16 subnet cases") && outcome[1].contains("subnet features covered"),
                "every duel covers subnets with mechanisms too: " + outcome[1]);
    }

    @Test
    void subnetsAloneAreDuelledAndAWrongAnswerReplayedAsASubnetCase() {
        String[] agree = run("duel", "--engine", "reference", "--cases", "0", "--subnet-cases", "12", "--threads", "2");
        assertEquals(Integer.toString(ExitCodes.OK), agree[0], agree[2]);
        assertTrue(agree[1].contains("0 cases and 12 subnet cases") && agree[1].contains("runSubnets"), agree[1]);

        String[] wrong = run("duel", "--engine", "fake", "--cases", "0", "--subnet-cases", "12", "--threads", "1");
        assertEquals(Integer.toString(ExitCodes.FAILED), wrong[0], wrong[2]);
        assertTrue(wrong[1].contains("subnet case ") && wrong[1].contains("-Dyuma.duel.subnet-cases=1"), wrong[1]);
    }

    @Test
    void aWrongEngineIsStoppedWithTheFieldAndAReplayLine() {
        String[] outcome = run("duel", "--engine", "fake", "--cases", "40", "--threads", "1");
        assertEquals(Integer.toString(ExitCodes.FAILED), outcome[0], outcome[2]);
        assertTrue(outcome[1].contains("stopped at the first mismatch"), outcome[1]);
        assertTrue(outcome[1].contains("reproduce:"), outcome[1]);
    }

    @Test
    void everySubcommandTakesHelp() {
        for (String command : new String[] {"run", "conform", "engines", "bench", "duel"}) {
            String[] outcome = run(command, "--help");
            assertEquals(Integer.toString(ExitCodes.OK), outcome[0], command + ": " + outcome[2]);
            assertTrue(outcome[1].startsWith("Usage: yuma " + command), command + ": " + outcome[1]);
        }
    }

    @Test
    void badOptionsAreOneLineErrors() {
        String[] outcome = run("duel", "--engine", "reference", "--cases", "0");
        assertEquals(Integer.toString(ExitCodes.ERROR), outcome[0]);
        assertTrue(outcome[2].contains("--cases must be at least 1"), outcome[2]);
        assertEquals(1, outcome[2].lines().count(), outcome[2]);
        String[] negative = run("duel", "--engine", "reference", "--subnet-cases", "-1");
        assertEquals(Integer.toString(ExitCodes.ERROR), negative[0]);
        assertTrue(negative[2].contains("subnet-cases=-1"), negative[2]);
        assertEquals(1, negative[2].lines().count(), negative[2]);
    }
}
