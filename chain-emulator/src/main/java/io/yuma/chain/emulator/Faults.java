package io.yuma.chain.emulator;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults the emulator injects on request, each for the next N HTTP requests (a batch is one
 * request), and counters of what it served. Thread-safe; change them while the emulator runs.
 */
public final class Faults {
    private final AtomicInteger http500 = new AtomicInteger();
    private final AtomicInteger malformed = new AtomicInteger();
    private final AtomicInteger silent = new AtomicInteger();
    private final AtomicLong prunedBelow = new AtomicLong(-1);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final CountDownLatch released = new CountDownLatch(1);

    Faults() {
    }

    /**
     * Answers the next requests with HTTP 500 (a transient server error).
     *
     * @param count how many requests
     * @return these faults
     */
    public Faults http500(int count) {
        http500.set(count);
        return this;
    }

    /**
     * Answers the next requests with HTTP 200 and a body that is not JSON.
     *
     * @param count how many requests
     * @return these faults
     */
    public Faults malformedJson(int count) {
        malformed.set(count);
        return this;
    }

    /**
     * Never answers the next requests: their connections stay open, silent, until the emulator
     * closes, so that the client's timeout must fire.
     *
     * @param count how many requests
     * @return these faults
     */
    public Faults silence(int count) {
        silent.set(count);
        return this;
    }

    /**
     * Serves no state below a block, as a pruning (non-archive) node: state calls at an earlier
     * block get JSON-RPC error 4003 "... State already discarded for 0x...". Block hashes and
     * headers stay available, as on a real node.
     *
     * @param block the first block whose state is kept; -1 keeps all
     * @return these faults
     */
    public Faults prunedBelow(long block) {
        prunedBelow.set(block);
        return this;
    }

    /** Turns every fault off. */
    public void clear() {
        http500.set(0);
        malformed.set(0);
        silent.set(0);
        prunedBelow.set(-1);
    }

    /** {@return the HTTP requests received so far (round trips)} */
    public long requests() {
        return requests.get();
    }

    /** {@return the JSON-RPC calls received so far (a batch of k counts k)} */
    public long calls() {
        return calls.get();
    }

    /** The fault a request meets, taken from the counters in order: silence, HTTP 500, malformed JSON. */
    enum Fault { NONE, SILENCE, HTTP_500, MALFORMED }

    Fault next() {
        requests.incrementAndGet();
        if (take(silent)) {
            return Fault.SILENCE;
        }
        if (take(http500)) {
            return Fault.HTTP_500;
        }
        return take(malformed) ? Fault.MALFORMED : Fault.NONE;
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(c -> c > 0 ? c - 1 : 0) > 0;
    }

    void countCalls(int count) {
        calls.addAndGet(count);
    }

    boolean isPruned(long block) {
        return block < prunedBelow.get();
    }

    /** Holds a silenced request until the emulator closes. */
    void awaitRelease() throws InterruptedException {
        released.await();
    }

    void release() {
        released.countDown();
    }
}
