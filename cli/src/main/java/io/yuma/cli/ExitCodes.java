package io.yuma.cli;

/** The exit statuses every {@code yuma} subcommand uses. */
public final class ExitCodes {
    /** Done, nothing wrong. */
    public static final int OK = 0;
    /** The command ran to the end and found failures (conformance mismatches). */
    public static final int FAILED = 1;
    /** Bad input or an error stopped the command; stderr says why in one line. */
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
