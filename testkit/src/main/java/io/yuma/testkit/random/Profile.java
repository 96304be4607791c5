package io.yuma.testkit.random;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How large generated subnets may get. The reference engine computes liquid alpha as a dense
 * n x n series of {@code exp} calls, so large liquid-alpha subnets cost seconds each: a profile
 * bounds them separately from n.
 *
 * @param name the name {@link #named} takes
 * @param maxN the largest n generated (at most 4096)
 * @param largeShare the share of cases that draw n above {@value SubnetGenerator#SMALL_N_LIMIT}
 *     (where {@code maxN} allows any)
 * @param maxLiquidAlphaN the largest n generated with liquid alpha and Yuma3 both on
 * @param maxEntries the most weight plus bond entries one case holds
 */
public record Profile(String name, int maxN, double largeShare, int maxLiquidAlphaN, int maxEntries) {
    /** Small subnets for CI: every edge size up to 257, liquid alpha at every size. */
    public static final Profile CI = new Profile("ci", 257, 0.0, 257, 1 << 15);
    /**
     * Long runs: n up to 4096 in 2% of cases (1024 and 4096 among them), liquid alpha up to
     * n = 1024, up to a million entries.
     */
    public static final Profile FULL = new Profile("full", 4096, 0.02, 1024, 1 << 20);
    /** Everything {@link #FULL} does, with liquid alpha at every n up to 4096 (slow: tens of seconds a case). */
    public static final Profile HUGE = new Profile("huge", 4096, 0.02, 4096, 1 << 20);

    private static final List<Profile> ALL = List.of(CI, FULL, HUGE);

    /** Checks the bounds. */
    public Profile {
        if (maxN < 0 || maxN > 4096) {
            throw new IllegalArgumentException("maxN must be in 0..4096, was " + maxN);
        }
        if (!(largeShare >= 0 && largeShare <= 1)) {
            throw new IllegalArgumentException("largeShare must be in [0, 1], was " + largeShare);
        }
        if (maxLiquidAlphaN < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("maxLiquidAlphaN and maxEntries must not be negative");
        }
    }

    /**
     * The profile called {@code name} ({@code ci}, {@code full}, {@code huge}).
     *
     * @param name the profile's name, in any case, surrounding blanks ignored
     * @return the profile
     * @throws IllegalArgumentException for another name, listing the names that exist
     */
    public static Profile named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown duel profile '" + name + "'; profiles: "
                        + ALL.stream().map(Profile::name).collect(Collectors.joining(", "))));
    }
}
