package io.yuma.testkit;

import io.yuma.vector.Printable;
import java.util.List;

/**
 * What a conformance run found: counts per vector family and every mismatch. A vector passes
 * when every one of its epochs matches.
 *
 * @param engine the engine's name
 * @param families passed and failed counts per family, in family order
 * @param mismatches the first mismatch of every failed vector, in run order
 */
public record ConformanceReport(String engine, List<FamilyResult> families, List<Mismatch> mismatches) {

    /** Copies the lists. */
    public ConformanceReport {
        families = List.copyOf(families);
        mismatches = List.copyOf(mismatches);
    }

    /**
     * Counts for one family.
     *
     * @param family the vectors' {@code family} field
     * @param passed vectors that matched in every epoch
     * @param failed vectors with a mismatch
     */
    public record FamilyResult(String family, int passed, int failed) {
        /** {@return the family (control characters escaped, see {@link Printable#oneLine}) and both counts, in one line} */
        @Override
        public String toString() {
            return Printable.oneLine(family) + ": " + passed + " passed, " + failed + " failed";
        }
    }

    /**
     * Vectors that passed, over all families.
     *
     * @return the number of vectors every epoch of which matched
     */
    public int passed() {
        return families.stream().mapToInt(FamilyResult::passed).sum();
    }

    /**
     * Vectors that failed, over all families.
     *
     * @return the number of vectors with a mismatch
     */
    public int failed() {
        return families.stream().mapToInt(FamilyResult::failed).sum();
    }

    /**
     * The closing line, e.g. {@code conformance reference: 250 passed, 0 failed}.
     *
     * @return the engine and both counts in one line
     */
    public String summary() {
        return "conformance " + engine + ": " + passed() + " passed, " + failed() + " failed";
    }
}
