package io.yuma.testkit;

import io.yuma.api.Difference;
import io.yuma.vector.Printable;

/**
 * Where an engine first departs from a vector.
 *
 * @param vector the vector's name
 * @param family the vector's family
 * @param epoch the epoch index in a sequence, or -1 for a single vector
 * @param difference the first output field and uid that differ, with both values, or the first
 *     input field and uid of a sequence epoch that is not the previous epoch's output; null when
 *     the engine failed instead of returning a result
 * @param error what the engine threw, or what is wrong with the vector itself (a sequence whose
 *     epochs do not follow on); null otherwise
 * @param trace which trace step diverged first, or why that is not known
 */
public record Mismatch(String vector, String family, int epoch, Difference difference, String error, String trace) {

    /**
     * One line: vector, epoch, what went wrong, uid, field, expected and actual, then the trace
     * finding; control characters (from the vector's name or an engine's message) escaped, so
     * the line cannot break or forge another (see {@link Printable#oneLine}).
     */
    @Override
    public String toString() {
        return Printable.oneLine(vector + (epoch >= 0 ? " epoch " + epoch : "") + ": "
                + (error != null && difference != null ? error + ": " : "")
                + (difference != null ? difference : error)
                + (trace != null ? "; trace: " + trace : ""));
    }
}
