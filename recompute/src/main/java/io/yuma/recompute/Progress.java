package io.yuma.recompute;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports a run's progress on stderr: a bar redrawn in place with rate and ETA when a person
 * watches a terminal, plain lines every few seconds otherwise (logs, pipes, CI). Progress is
 * measured in input bytes, the one quantity known in advance for a streamed archive.
 */
public final class Progress {
    private static final long TERMINAL_NANOS = 250_000_000L;
    private static final long LINE_NANOS = 10_000_000_000L;
    private static final int BAR = 30;

    /** How progress shows. */
    public enum Style {
        /** A bar redrawn in place, for a terminal. */
        BAR,
        /** A plain line every few seconds. */
        LINES,
        /** Nothing. */
        NONE
    }

    private final PrintWriter err;
    private final Style style;
    private final long startNanos = System.nanoTime();
    private long startBytes;
    private long lastNanos = startNanos;
    private boolean drawn;

    /**
     * Progress reported to {@code err}.
     *
     * @param err where progress goes
     * @param style how it shows
     */
    public Progress(PrintWriter err, Style style) {
        this.err = err;
        this.style = style;
    }

    /**
     * The style for this process: a bar when it has an interactive terminal, else lines.
     *
     * @return {@link Style#BAR} or {@link Style#LINES}
     */
    public static Style consoleStyle() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal() ? Style.BAR : Style.LINES;
    }

    /** Marks where this process starts in the input (past the part a resumed run already did), for the ETA. */
    void begin(long bytesDone) {
        startBytes = bytesDone;
    }

    /**
     * Reports progress now and then (not at every call).
     *
     * @param bytesDone input bytes consumed
     * @param bytesTotal input bytes in all
     * @param epochs epochs computed by this process
     */
    void update(long bytesDone, long bytesTotal, long epochs) {
        long now = System.nanoTime();
        if (style == Style.NONE || now - lastNanos < (style == Style.BAR ? TERMINAL_NANOS : LINE_NANOS)) {
            return;
        }
        lastNanos = now;
        double seconds = (now - startNanos) / 1e9;
        double fraction = bytesTotal == 0 ? 1 : (double) bytesDone / bytesTotal;
        double rate = seconds > 0 ? epochs / seconds : 0;
        long bytesThisRun = bytesDone - startBytes;
        String eta = bytesThisRun <= 0 ? "?" : duration(seconds * (bytesTotal - bytesDone) / bytesThisRun);
        if (style == Style.BAR) {
            int filled = (int) Math.round(fraction * BAR);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %5.1f%%  %,d epochs  %,.0f epochs/s  ETA %s   ",
                    "#".repeat(filled), ".".repeat(BAR - filled), 100 * fraction, epochs, rate, eta));
            drawn = true;
        } else {
            err.println(String.format(Locale.ROOT, "recompute: %.1f%% of the input, %d epochs, %.0f epochs/s, ETA %s",
                    100 * fraction, epochs, rate, eta));
        }
        err.flush();
    }

    /**
     * Prints a warning on a line of its own, whatever the style: it is about the result, not the
     * progress.
     */
    void warn(String line) {
        finish();
        err.println("warning: " + line);
        err.flush();
    }

    /** Ends the bar's line, so what follows starts on a line of its own. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    /** Seconds as {@code 1h02m03s}, {@code 2m03s} or {@code 3s}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
