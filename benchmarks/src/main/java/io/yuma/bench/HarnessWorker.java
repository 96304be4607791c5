package io.yuma.bench;

import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.util.List;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;

/**
 * One harness thread: warms up until its {@link WarmupGate} opens, then times its calls until the
 * gate's end into a histogram of its own. Read its counts only after it has returned.
 */
final class HarnessWorker implements Callable<HarnessWorker> {
    /** Three significant digits: latencies to 0.1 %, in a histogram that sizes itself. */
    static final int SIGNIFICANT_DIGITS = 3;

    private final YumaEngine engine;
    private final List<SubnetBatch> calls;
    private final WarmupGate gate;
    private final Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
    private long timedCalls;
    private long epochs;
    private long firstStart;
    private long lastEnd;

    HarnessWorker(YumaEngine engine, List<SubnetBatch> calls, WarmupGate gate) {
        this.engine = engine;
        this.calls = calls;
        this.gate = gate;
    }

    @Override
    public HarnessWorker call() {
        BatchResults[] results = new BatchResults[calls.size()];
        try {
            for (int c = 0; c < results.length; c++) {
                results[c] = new BatchResults(calls.get(c));
            }
            int next = 0;
            do {
                engine.runBatchInto(calls.get(next), results[next]);
                next = (next + 1) % results.length;
            } while (gate.warming());
            long end = gate.measureEnd();
            firstStart = System.nanoTime();
            long after;
            do {
                long before = System.nanoTime();
                engine.runBatchInto(calls.get(next), results[next]);
                after = System.nanoTime();
                latency.recordValue(after - before);
                timedCalls++;
                epochs += calls.get(next).subnets();
                next = (next + 1) % results.length;
            } while (after < end);
            lastEnd = after;
            return this;
        } finally {
            for (BatchResults r : results) {
                if (r != null) {
                    r.close();
                }
            }
        }
    }

    Histogram latency() {
        return latency;
    }

    long calls() {
        return timedCalls;
    }

    long epochs() {
        return epochs;
    }

    long firstStart() {
        return firstStart;
    }

    long lastEnd() {
        return lastEnd;
    }
}
