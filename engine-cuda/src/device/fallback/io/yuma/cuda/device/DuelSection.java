package io.yuma.cuda.device;

/**
 * Stands in for the duel section when the conformance-tests build at hand has no
 * io.yuma.conformance.random.DuelRunner (scripts/cuda-prepare.sh picks this file then).
 */
final class DuelSection {
    private DuelSection() {
    }

    static boolean run(String engineName, long seed, long cases, Report out) throws Exception {
        out.section("Differential duel against the reference");
        out.line("- NOT RUN: this build of conformance-tests has no DuelRunner; rebuild with it and rerun"
                + " (engine " + engineName + ", seed " + seed + ", " + cases + " cases asked for).");
        return false;
    }
}
