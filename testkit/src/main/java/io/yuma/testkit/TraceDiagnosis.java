package io.yuma.testkit;

import io.yuma.api.Difference;
import io.yuma.api.EpochResult;
import io.yuma.api.EpochTrace;
import io.yuma.api.YumaEngine;
import io.yuma.vector.VectorEpoch;
import java.util.function.Supplier;

/**
 * Says where a mismatching epoch first diverged, from the vector's trace of intermediates: the
 * engine's own trace when it can record one, else the reference engine's, which tells whether
 * the reference agrees with the vector (so the fault lies with the engine) or not.
 */
final class TraceDiagnosis implements AutoCloseable {
    /** The engine that {@link #explain} falls back on; it can always trace. */
    static final String REFERENCE = "reference";

    private final YumaEngine engine;
    private final Supplier<YumaEngine> openReference;
    private YumaEngine reference;
    private String referenceMissing;

    /**
     * @param engine the engine under test
     * @param openReference opens the reference engine, the first time one is needed
     */
    TraceDiagnosis(YumaEngine engine, Supplier<YumaEngine> openReference) {
        this.engine = engine;
        this.openReference = openReference;
    }

    /** One line on where {@code epoch} first diverges in the trace, or why that is not known. */
    String explain(VectorEpoch epoch) {
        EpochTrace expected = epoch.trace();
        if (expected == null) {
            return "the vector has no trace to compare";
        }
        if (!engine.supportsTrace()) {
            return engine.name().equals(REFERENCE) ? "the reference engine cannot trace" : explainByReference(epoch);
        }
        EpochResult traced;
        try {
            traced = engine.runTraced(epoch.input());
        } catch (RuntimeException e) {
            return "engine failed while tracing: " + e;
        }
        if (traced.trace() == null) {
            return "engine returned no trace";
        }
        Difference first = expected.firstDifference(traced.trace());
        return first == null ? "every traced step agrees with the vector, so the divergence comes after them"
                : "first diverging step " + first;
    }

    private String explainByReference(VectorEpoch epoch) {
        YumaEngine ref = reference();
        if (ref == null) {
            return "engine cannot trace, and the reference engine is unavailable: " + referenceMissing;
        }
        EpochResult traced;
        try {
            traced = ref.runTraced(epoch.input());
        } catch (RuntimeException e) {
            return "engine cannot trace, and the reference engine failed: " + e;
        }
        if (traced.trace() == null) {
            return "engine cannot trace, and the reference returned no trace";
        }
        Difference first = epoch.trace().firstDifference(traced.trace());
        if (first != null) {
            return "engine cannot trace; the reference's trace departs from the vector too, first at " + first;
        }
        Difference output = epoch.expected().firstDifference(traced);
        return "engine cannot trace; the reference's trace agrees with the vector"
                + (output == null ? " and so does its output" : ", but its output differs: " + output);
    }

    private YumaEngine reference() {
        if (reference == null && referenceMissing == null) {
            try {
                reference = openReference.get();
            } catch (RuntimeException e) {
                referenceMissing = e.getMessage();
            }
        }
        return reference;
    }

    /** Closes the reference engine if it was opened; the engine under test belongs to the caller. */
    @Override
    public void close() {
        if (reference != null) {
            reference.close();
        }
    }
}
