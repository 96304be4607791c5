package io.yuma.testkit;

import io.yuma.api.Difference;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorFiles;
import io.yuma.vector.VectorFormatException;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Holds an engine to the conformance vectors: runs every epoch of every vector (a sequence
 * epoch by epoch, each from its recorded input, once its epochs are seen to follow on) and
 * compares the outputs bit for bit. For each
 * mismatch it names the vector, epoch, uid, field and both values, and the first trace step
 * that diverged (see {@link TraceDiagnosis}).
 *
 * <p>Not thread-safe: one runner checks one vector at a time. {@link #close()} releases the
 * reference engine if a diagnosis opened one; the engine under test belongs to the caller.
 */
public final class ConformanceRunner implements AutoCloseable {
    private final YumaEngine engine;
    private final TraceDiagnosis diagnosis;

    /**
     * A runner that opens the {@code reference} engine through {@link Engines} when a diagnosis needs it.
     *
     * @param engine the engine under test, which stays the caller's to close
     */
    public ConformanceRunner(YumaEngine engine) {
        this(engine, () -> Engines.open(TraceDiagnosis.REFERENCE, EngineOptions.defaults()));
    }

    /**
     * A runner that obtains the reference engine for diagnoses from {@code openReference}.
     *
     * @param engine the engine under test, which stays the caller's to close
     * @param openReference opens the reference engine, the first time a diagnosis needs it
     */
    public ConformanceRunner(YumaEngine engine, Supplier<YumaEngine> openReference) {
        this.engine = engine;
        this.diagnosis = new TraceDiagnosis(engine, openReference);
    }

    /**
     * Checks every vector found under {@code paths} (see {@link VectorFiles#find}).
     *
     * @param paths vector files, or directories searched for them
     * @return the counts per family and every mismatch
     * @throws VectorFormatException when a vector file is malformed
     * @throws IOException when a path cannot be read
     */
    public ConformanceReport run(List<Path> paths) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Path file : VectorFiles.find(paths)) {
            Vector vector = VectorReader.read(file);
            Optional<Mismatch> mismatch = check(vector);
            mismatch.ifPresent(mismatches::add);
            counts.computeIfAbsent(vector.family(), family -> new int[2])[mismatch.isPresent() ? 1 : 0]++;
        }
        List<ConformanceReport.FamilyResult> families = new ArrayList<>();
        counts.forEach((family, count) -> families.add(new ConformanceReport.FamilyResult(family, count[0], count[1])));
        return new ConformanceReport(engine.name(), families, mismatches);
    }

    /**
     * The first epoch of {@code vector} where the engine departs from it.
     *
     * @param vector a golden vector, single epoch or sequence
     * @return the mismatch, with the trace step that diverged where one can be found, or the first
     *     sequence epoch whose input does not follow from the epoch before; empty when all match
     */
    public Optional<Mismatch> check(Vector vector) {
        Optional<Mismatch> broken = brokenChain(vector);
        if (broken.isPresent()) {
            return broken;
        }
        for (int i = 0; i < vector.epochCount(); i++) {
            int index = vector.sequence() ? i : -1;
            Optional<Mismatch> mismatch;
            if (vector.isSubnet()) {
                SubnetEpoch epoch = vector.subnetEpochs().get(i);
                mismatch = compare(vector, index, () -> engine.runSubnet(epoch.input()),
                        actual -> epoch.expected().firstDifference(actual), () -> null);
            } else {
                VectorEpoch epoch = vector.epochs().get(i);
                mismatch = compare(vector, index, () -> engine.run(epoch.input()),
                        actual -> epoch.expected().firstDifference(actual), () -> diagnosis.explain(epoch));
            }
            if (mismatch.isPresent()) {
                return mismatch;
            }
        }
        return Optional.empty();
    }

    /** The first epoch of a sequence whose input does not follow from the epoch before (see {@link SequenceLinks}). */
    private static Optional<Mismatch> brokenChain(Vector vector) {
        for (int i = 1; i < vector.epochCount(); i++) {
            Difference link = vector.isSubnet()
                    ? SequenceLinks.firstBreak(vector.subnetEpochs().get(i - 1), vector.subnetEpochs().get(i))
                    : SequenceLinks.firstBreak(vector.epochs().get(i - 1), vector.epochs().get(i));
            if (link != null) {
                return Optional.of(new Mismatch(vector.name(), vector.family(), i, link,
                        "input does not follow from epoch " + (i - 1) + "'s output", null));
            }
        }
        return Optional.empty();
    }

    /**
     * Runs one epoch and compares it with what the vector expects.
     *
     * @param explain the first diverging trace step, asked for only on a difference
     */
    private <R> Optional<Mismatch> compare(Vector vector, int index, Supplier<R> run, Function<R, Difference> differ,
            Supplier<String> explain) {
        R actual;
        try {
            actual = run.get();
        } catch (RuntimeException e) {
            // An engine that throws on a valid vector fails it; the run goes on with the next.
            return Optional.of(new Mismatch(vector.name(), vector.family(), index, null,
                    "engine " + engine.name() + " threw " + e, null));
        }
        if (actual == null) {
            return Optional.of(new Mismatch(vector.name(), vector.family(), index, null,
                    "engine " + engine.name() + " returned no result", null));
        }
        Difference difference = differ.apply(actual);
        return difference == null ? Optional.empty()
                : Optional.of(new Mismatch(vector.name(), vector.family(), index, difference, null, explain.get()));
    }

    @Override
    public void close() {
        diagnosis.close();
    }
}
