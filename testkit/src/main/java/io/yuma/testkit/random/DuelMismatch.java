package io.yuma.testkit.random;

import io.yuma.api.Difference;

/**
 * The first case where a candidate engine and the reference disagree: where (seed, case index,
 * profile, and whether it is an epoch case or a subnet case), what (the output field and uid, or
 * the exception), and how to replay it.
 *
 * @param engine the candidate engine's name
 * @param path the entry point that disagreed; a subnet path ({@link EnginePath#takesSubnets()})
 *     for a subnet case
 * @param seed the run's seed
 * @param profile the generator profile's name
 * @param caseIndex the case, an epoch case or a subnet case as {@code path} says
 * @param n the case's n
 * @param mechanisms the case's mechanism count (1 for an epoch case)
 * @param difference the first differing field, or null when an engine threw instead; a subnet
 *     case's fields carry their place ({@code mechanisms[1].dividend}, {@code subnet.emission},
 *     {@code mechanism_emission[0]})
 * @param failure the exception an engine threw, or null for a difference
 * @param referenceFailed true when it was the reference that threw (a generator or reference bug)
 */
public record DuelMismatch(String engine, EnginePath path, long seed, String profile, long caseIndex, int n,
        int mechanisms, Difference difference, Throwable failure, boolean referenceFailed) {

    /**
     * Whether the case was a subnet with mechanisms.
     *
     * @return true for a subnet case
     */
    public boolean subnetCase() {
        return path.takesSubnets();
    }

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
                + " -Dyuma.duel.seed=" + seed + " -Dyuma.duel.first=" + caseIndex
                + (subnetCase() ? " -Dyuma.duel.cases=0 -Dyuma.duel.subnet-cases=1"
                        : " -Dyuma.duel.cases=1 -Dyuma.duel.subnet-cases=0")
                + " -Dyuma.duel.profile=" + profile;
    }

    /**
     * The full report: engine, path, seed, case, n, what differed, and the reproduction line.
     *
     * @return two lines of text
     */
    public String message() {
        return "engine '" + engine + "' (" + path.method() + ") disagrees with the reference at seed " + seed
                + ", " + (subnetCase() ? "subnet case " : "case ") + caseIndex + " (profile " + profile + ", n " + n
                + (subnetCase() ? ", " + mechanisms + (mechanisms == 1 ? " mechanism" : " mechanisms") : "") + "): "
                + what() + "\n  reproduce: " + reproduction();
    }

    @Override
    public String toString() {
        return message();
    }
}
