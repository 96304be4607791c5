package io.yuma.bench;

import io.yuma.api.Availability;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngineProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Which engines a benchmark case measures: the ones the user named, or else every engine
 * available here except the reference where it would take minutes. Each engine left out comes
 * with a line that says why, so a table with a missing row never leaves the reader guessing.
 */
public final class EnginePlan {
    /**
     * The reference engine evaluates the liquid-alpha sigmoid densely, for all n x n (row,
     * column) pairs of a subnet, as the chain does, at about 0.35 us a pair on 2 cores of an
     * EPYC: a 1024-uid subnet (2^20 pairs, 0.3 s) is still measured, a 4096-uid one (2^24
     * pairs, 6 s an epoch) or a batch of thousands of subnets is not, unless named.
     */
    static final long REFERENCE_PAIR_LIMIT = 1L << 22;

    private static final String REFERENCE = "reference";

    /**
     * The outcome of {@link #choose}.
     *
     * @param engines engine names to measure, highest priority first
     * @param skipped one line per engine left out: its name and why
     */
    public record Choice(List<String> engines, List<String> skipped) {
        /** Copies the lists. */
        public Choice {
            engines = List.copyOf(engines);
            skipped = List.copyOf(skipped);
        }
    }

    private EnginePlan() {
    }

    /**
     * The liquid-alpha pairs the reference computes for a subnet: n² with liquid alpha on, else none.
     *
     * @param subnet the subnet's input
     * @return n x n with liquid alpha, else 0
     */
    public static long liquidPairs(EpochInput subnet) {
        return subnet.liquidAlpha() ? (long) subnet.n() * subnet.n() : 0;
    }

    /**
     * Chooses the engines for one case.
     *
     * @param caseName names the case in the reasons ("bench-n4096-v256-yuma3-liquid")
     * @param liquidPairs what {@link #liquidPairs} gives summed over the subnets of one call
     * @param named engines the user asked for; when not empty they are measured as given, the
     *     reference included (an unknown or unavailable name then fails when it is opened)
     * @param optIn how the user names the reference to measure it anyway ("--engine reference")
     * @return the engines to measure and a line for each one left out
     */
    public static Choice choose(String caseName, long liquidPairs, List<String> named, String optIn) {
        if (!named.isEmpty()) {
            return new Choice(named, List.of());
        }
        List<String> engines = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (YumaEngineProvider provider : Engines.providers()) {
            Availability availability = provider.availability();
            if (!availability.available()) {
                skipped.add(provider.name() + ": not available here: " + availability.reason());
            } else if (provider.name().equals(REFERENCE) && liquidPairs > REFERENCE_PAIR_LIMIT) {
                skipped.add(String.format("%s: skipped on %s: it evaluates liquid alpha densely, n x n per subnet "
                        + "(%,d pairs per call here, seconds to minutes a call); %s measures it anyway",
                        REFERENCE, caseName, liquidPairs, optIn));
            } else {
                engines.add(provider.name());
            }
        }
        return new Choice(engines, skipped);
    }
}
