package io.yuma.testkit;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A stand-in engine for runner tests: it answers each input with the expected result a known
 * vector holds for it, passed through an optional change, so a test decides exactly where it
 * departs from the vector. Inputs are matched by their FORMAT.md JSON text.
 */
final class OracleEngine implements YumaEngine {
    private final String name;
    private final boolean traces;
    private final Map<String, EpochResult> answers = new HashMap<>();
    private final Map<String, UnaryOperator<EpochResult>> changes = new HashMap<>();
    private boolean closed;

    /**
     * @param traces whether {@link #runTraced} answers (with the vector's trace) or refuses
     */
    OracleEngine(String name, boolean traces, List<Vector> known) {
        this.name = name;
        this.traces = traces;
        for (Vector vector : known) {
            for (VectorEpoch epoch : vector.epochs()) {
                answers.put(key(epoch.input()), epoch.expected());
            }
        }
    }

    /** Makes the engine answer {@code input} with {@code change} applied to the right result. */
    OracleEngine changing(EpochInput input, UnaryOperator<EpochResult> change) {
        changes.put(key(input), change);
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public EpochResult run(EpochInput input) {
        return answer(input).withoutTrace();
    }

    @Override
    public boolean supportsTrace() {
        return traces;
    }

    @Override
    public EpochResult runTraced(EpochInput input) {
        return traces ? answer(input) : YumaEngine.super.runTraced(input);
    }

    private EpochResult answer(EpochInput input) {
        String key = key(input);
        EpochResult answer = answers.get(key);
        if (answer == null) {
            throw new IllegalStateException("oracle knows no vector with this input");
        }
        return changes.getOrDefault(key, UnaryOperator.identity()).apply(answer);
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    private static String key(EpochInput input) {
        StringWriter text = new StringWriter();
        try {
            VectorWriter.writeInput(input, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
