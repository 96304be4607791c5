package io.yuma.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Which engine is chosen, what the caller is told about the others, and the one availability guard. */
class EnginesTest {
    private static final List<YumaEngineProvider> BOTH = List.of(new TestProviders.Fast(), new TestProviders.Slow());

    @Test
    void choosesTheAvailableEngineOfHighestPriorityAndSaysWhyTheOtherWasPassedOver() {
        EngineChoice choice = Engines.choose(BOTH, Optional.empty());
        assertEquals("slow", choice.chosen().name());
        assertFalse(choice.forced());
        assertTrue(choice.fellBack());
        assertEquals(List.of(new EngineChoice.PassedOver("fast", 10, false, "not available: " + TestProviders.FAST_REASON)),
                choice.passedOver());
        assertEquals("engine slow chosen: the available engine of highest priority (1): test engine; passed over: fast"
                + " (not available: " + TestProviders.FAST_REASON + ")", choice.describe());
    }

    @Test
    void aLowerPriorityEngineIsPassedOverForItsPriorityWithoutFallingBack() {
        YumaEngineProvider lowest = new TestProviders.Slow() {
            @Override
            public String name() {
                return "lowest";
            }

            @Override
            public int priority() {
                return 0;
            }
        };
        EngineChoice choice = Engines.choose(List.of(new TestProviders.Slow(), lowest), Optional.empty());
        assertEquals("slow", choice.chosen().name());
        assertFalse(choice.fellBack());
        assertEquals("priority 0, below slow's", choice.passedOver().getFirst().reason());
    }

    @Test
    void theEnginePropertyForcesTheChoice() {
        EngineChoice choice = Engines.choose(BOTH.reversed(), Optional.of("slow"));
        assertEquals("slow", choice.chosen().name());
        assertTrue(choice.forced());
        assertFalse(choice.fellBack(), "a forced choice did not fall back");
        assertEquals(YumaProperties.ENGINE + " names it", choice.reason());
    }

    @Test
    void forcingAnUnknownOrUnavailableEngineFailsWithTheReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Engines.choose(BOTH, Optional.of("gpu")));
        assertEquals("unknown engine 'gpu'; engines found: fast, slow", unknown.getMessage());
        IllegalStateException unavailable = assertThrows(IllegalStateException.class,
                () -> Engines.choose(BOTH, Optional.of("fast")));
        assertEquals("engine 'fast' is not available: " + TestProviders.FAST_REASON, unavailable.getMessage());
    }

    @Test
    void noAvailableEngineListsEveryReason() {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> Engines.choose(List.of(new TestProviders.Fast()), Optional.empty()));
        assertEquals("no yuma engine is available; engines found: fast (" + TestProviders.FAST_REASON + ")",
                none.getMessage());
    }

    @Test
    void openRefusesAnUnavailableEngineWithoutCallingItsProvider() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Engines.open("fast", new EngineOptions(1)));
        assertEquals("engine 'fast' is not available: " + TestProviders.FAST_REASON, refused.getMessage());
    }

    @Test
    void openBestLogsItsChoiceOnceAsAWarningWhenItFellBack() {
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(Engines.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try (YumaEngine engine = Engines.openBest(new EngineOptions(1))) {
            assertEquals("slow", engine.name());
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(Level.WARNING, logged.getFirst().getLevel());
        assertEquals(Engines.choose().describe(), logged.getFirst().getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("options", assertThrows(NullPointerException.class, () -> Engines.openBest(null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Engines.provider(null)).getMessage());
    }
}
