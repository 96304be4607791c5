package io.yuma.chain.fetch;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a fetch on a stream (stderr): blocks and epochs done, requests per second and the
 * time left, a line at most every {@code interval}, or nothing.
 */
public final class FetchProgress {
    private final PrintWriter out;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long lastPrinted = Long.MIN_VALUE;

    private FetchProgress(PrintWriter out, Duration interval) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * Lines on {@code out}.
     *
     * @param out the stream
     * @param interval the least time between two lines
     * @return the progress
     */
    public static FetchProgress lines(PrintWriter out, Duration interval) {
        return new FetchProgress(out, interval);
    }

    /** {@return progress that prints nothing} */
    public static FetchProgress none() {
        return new FetchProgress(null, Duration.ZERO);
    }

    void scanned(int netuid, int slots) {
        if (out != null) {
            out.println("yuma chain fetch: netuid " + netuid + ": " + slots + " epoch blocks in the range");
        }
    }

    void update(long block, long from, long to, long slotsDone, long slots, long roundTrips, boolean last) {
        long now = System.nanoTime();
        if (out == null || (!last && now - lastPrinted < intervalNanos)) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long eta = slotsDone == 0 ? -1 : Math.round(seconds / slotsDone * (slots - slotsDone));
        out.printf("yuma chain fetch: block %d (%d..%d), epochs %d/%d, %.0f requests/s, ETA %s%n", block, from, to,
                slotsDone, slots, roundTrips / seconds, eta < 0 ? "-" : eta + " s");
        out.flush();
    }
}
