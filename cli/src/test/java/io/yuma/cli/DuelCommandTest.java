package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code yuma duel}: agreement, a reported difference, and bad options. */
class DuelCommandTest {
    @Test
    void theReferenceAgreesWithItself() {
        CliRun outcome = yuma("duel", "--engine", "reference", "--cases", "40", "--threads", "2");
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("40 cases") && outcome.out().contains("agree with the reference"),
                outcome.out());
        assertTrue(outcome.out().contains("and 16 subnet cases") && outcome.out().contains("subnet features covered"),
                "every duel covers subnets with mechanisms too: " + outcome.out());
    }

    @Test
    void subnetsAloneAreDuelledAndAWrongAnswerReplayedAsASubnetCase() {
        CliRun agree = yuma("duel", "--engine", "reference", "--cases", "0", "--subnet-cases", "12", "--threads", "2");
        assertEquals(ExitCodes.OK, agree.status(), agree.err());
        assertTrue(agree.out().contains("0 cases and 12 subnet cases") && agree.out().contains("runSubnets"),
                agree.out());

        CliRun wrong = yuma("duel", "--engine", "fake", "--cases", "0", "--subnet-cases", "12", "--threads", "1");
        assertEquals(ExitCodes.FAILED, wrong.status(), wrong.err());
        assertTrue(wrong.out().contains("subnet case ") && wrong.out().contains("-Dyuma.duel.subnet-cases=1"),
                wrong.out());
    }

    @Test
    void aWrongEngineIsStoppedWithTheFieldAndAReplayLine() {
        CliRun outcome = yuma("duel", "--engine", "fake", "--cases", "40", "--threads", "1");
        assertEquals(ExitCodes.FAILED, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("stopped at the first mismatch"), outcome.out());
        assertTrue(outcome.out().contains("reproduce:"), outcome.out());
    }

    @Test
    void everySubcommandTakesHelp() {
        for (String command : new String[] {"run", "conform", "engines", "bench", "duel"}) {
            CliRun outcome = yuma(command, "--help");
            assertEquals(ExitCodes.OK, outcome.status(), command + ": " + outcome.err());
            assertTrue(outcome.out().startsWith("Usage: yuma " + command), command + ": " + outcome.out());
        }
    }

    @Test
    void badOptionsAreOneLineErrors() {
        CliRun outcome = yuma("duel", "--engine", "reference", "--cases", "0");
        assertEquals(ExitCodes.ERROR, outcome.status());
        assertTrue(outcome.err().contains("--cases must be at least 1"), outcome.err());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        CliRun negative = yuma("duel", "--engine", "reference", "--subnet-cases", "-1");
        assertEquals(ExitCodes.ERROR, negative.status());
        assertTrue(negative.err().contains("subnet-cases=-1"), negative.err());
        assertEquals(1, negative.err().lines().count(), negative.err());
    }
}
