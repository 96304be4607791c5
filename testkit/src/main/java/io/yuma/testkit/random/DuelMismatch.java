package io.yuma.testkit.random;

import io.yuma.api.Difference;

/**
 * The first case where a candidate engine and the reference disagree: where (seed, case index,
 * profile), what (the output field and uid, or the exception), and how to replay it.
 *
 * @param engine the candidate engine's name
 * @param path the entry point that disagreed
 * @param seed the run's seed
 * @param profile the generator profile's name
 * @param caseIndex the case
 * @param n the case's n
 * @param difference the first differing field, or null when an engine threw instead
 * @param failure the exception an engine threw, or null for a difference
 * @param referenceFailed true when it was the reference that threw (a generator or reference bug)
 */
public record DuelMismatch(String engine, EnginePath path, long seed, String profile, long caseIndex, int n,
        Difference difference, Throwable failure, boolean referenceFailed) {

    /**
     * What went wrong, in one line.
     *
     * @return the differing field with both values, or what threw
     */
    public String what() {
        if (difference != null) {
            return "field " + difference.field() + (difference.uid() >= 0 ? ", uid " + difference.uid() : "")
                    + ": expected " + difference.expected() + ", actual " + difference.actual();
        }
        return (referenceFailed ? "the reference threw " : path.method() + " threw ") + failure;
    }

    /**
     * The command that replays exactly this case (JAVA_HOME set to a JDK 25).
     *
     * @return a Maven command line
     */
    public String reproduction() {
        return "mvn -pl conformance-tests test -Dtest=EngineDuelTest -Dyuma.duel.engine=" + engine
                + " -Dyuma.duel.seed=" + seed + " -Dyuma.duel.first=" + caseIndex + " -Dyuma.duel.cases=1"
                + " -Dyuma.duel.profile=" + profile;
    }

    /**
     * The full report: engine, path, seed, case, n, what differed, and the reproduction line.
     *
     * @return two lines of text
     */
    public String message() {
        return "engine '" + engine + "' (" + path.method() + ") disagrees with the reference at seed " + seed
                + ", case " + caseIndex + " (profile " + profile + ", n " + n + "): " + what()
                + "\n  reproduce: " + reproduction();
    }

    @Override
    public String toString() {
        return message();
    }
}
