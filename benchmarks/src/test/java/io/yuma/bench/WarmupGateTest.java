package io.yuma.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The harness's warm-up: at least the time asked, at most {@link WarmupGate#STRETCH} times it, none when none is asked. */
class WarmupGateTest {
    @Test
    void warmsUpAtLeastTheTimeAskedAndAtMostItsStretch() throws InterruptedException {
        Duration asked = Duration.ofMillis(300);
        WarmupGate gate = new WarmupGate();
        long start = System.nanoTime();
        gate.await(start, asked, Duration.ofMillis(50));
        assertFalse(gate.warming());
        long warmed = gate.warmupNanos();
        assertTrue(warmed >= asked.toNanos(), "warmed " + warmed + " ns, asked " + asked);
        // the stretch, plus one poll and some scheduling slack
        long most = asked.toNanos() * WarmupGate.STRETCH + WarmupGate.POLL.toNanos() + Duration.ofMillis(200).toNanos();
        assertTrue(warmed <= most, "warmed " + warmed + " ns, at most " + most);
        assertTrue(gate.measureEnd() - (start + warmed) >= Duration.ofMillis(50).toNanos() - 1_000_000,
                "timing lasts the time asked after the warm-up");
    }

    @Test
    void aZeroWarmupDoesNotWaitForTheJit() throws InterruptedException {
        WarmupGate gate = new WarmupGate();
        gate.await(System.nanoTime(), Duration.ZERO, Duration.ZERO);
        assertFalse(gate.warming());
        assertTrue(gate.warmupNanos() < WarmupGate.QUIET.toNanos(), "warmed " + gate.warmupNanos() + " ns");
    }

    @Test
    void releaseEndsAWarmupThatNeverEnded() {
        WarmupGate gate = new WarmupGate();
        assertTrue(gate.warming());
        gate.release();
        assertFalse(gate.warming());
    }
}
