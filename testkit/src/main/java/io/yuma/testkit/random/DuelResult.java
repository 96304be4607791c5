package io.yuma.testkit.random;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a duel run did: the epoch cases and subnet cases it compared, how long it took, which
 * adversarial features the cases carried, and the first mismatch if there was one (the run stops
 * there).
 *
 * @param engine the candidate engine's name
 * @param seed the run's seed
 * @param profile the generator profile
 * @param firstCase the first case index, of both kinds
 * @param casesRun epoch cases compared, the mismatching one included
 * @param subnetCasesRun subnet cases compared, the mismatching one included
 * @param paths the entry points compared
 * @param elapsed wall time
 * @param covered features seen across the epoch cases run
 * @param subnetCovered features seen across the subnet cases run
 * @param mismatch the first mismatch, or null when every case agreed
 */
public record DuelResult(String engine, long seed, Profile profile, long firstCase, long casesRun,
        long subnetCasesRun, Set<EnginePath> paths, Duration elapsed, Set<InputFeature> covered,
        Set<SubnetFeature> subnetCovered, DuelMismatch mismatch) {

    /**
     * Whether every case agreed on every path.
     *
     * @return true when there is no mismatch
     */
    public boolean passed() {
        return mismatch == null;
    }

    /**
     * Features no epoch case of the run carried.
     *
     * @return a fresh set, empty when the run covered everything
     */
    public Set<InputFeature> missed() {
        EnumSet<InputFeature> missed = EnumSet.allOf(InputFeature.class);
        missed.removeAll(covered);
        return missed;
    }

    /**
     * Features no subnet case of the run carried.
     *
     * @return a fresh set, empty when the run covered everything
     */
    public Set<SubnetFeature> subnetMissed() {
        EnumSet<SubnetFeature> missed = EnumSet.allOf(SubnetFeature.class);
        missed.removeAll(subnetCovered);
        return missed;
    }

    /**
     * One line: engine, cases of both kinds, seed, profile, paths, time, coverage, verdict.
     *
     * @return the summary a duel prints
     */
    public String summary() {
        String verdict = passed() ? "agree with the reference" : "stopped at the first mismatch";
        return String.format(Locale.ROOT, "engine '%s': %d cases and %d subnet cases (seed %d, cases %s, subnet cases %s,"
                + " profile %s, paths %s) %s in %.1f s; %d/%d input features, %d/%d subnet features covered", engine,
                casesRun, subnetCasesRun, seed, range(casesRun), range(subnetCasesRun), profile.name(),
                paths.stream().map(EnginePath::method).collect(Collectors.joining(", ")), verdict,
                elapsed.toNanos() / 1e9, covered.size(), InputFeature.values().length, subnetCovered.size(),
                SubnetFeature.values().length);
    }

    private String range(long count) {
        return count == 0 ? "none" : firstCase + ".." + (firstCase + count - 1);
    }
}
