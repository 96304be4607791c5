package io.yuma.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one run of {@code yuma} left behind: its exit status and everything it wrote to standard
 * output and standard error. The tests run the command line in-process through {@link #yuma}, or
 * {@link #yumaWithFailingStdout} to make standard output fail; a run in a child JVM is checked the
 * same way by building one with the canonical constructor.
 *
 * @param status the exit status ({@link ExitCodes})
 * @param out what the run wrote to standard output
 * @param err what the run wrote to standard error
 */
record CliRun(int status, String out, String err) {

    /** {@return {@code yuma ARGS} run in-process, both streams captured} */
    static CliRun yuma(String... args) {
        StringWriter out = new StringWriter();
        return run(out, out::toString, args);
    }

    /**
     * {@return {@code yuma ARGS} run in-process with a standard output whose every write fails, as a
     * full disk's or a closed pipe's does; {@link #out} is empty, since nothing could be written}
     */
    static CliRun yumaWithFailingStdout(String... args) {
        return run(new FailingWriter(), () -> "", args);
    }

    private static CliRun run(Writer stdout, Supplier<String> written, String... args) {
        StringWriter err = new StringWriter();
        int status = YumaCli.execute(new PrintWriter(stdout), new PrintWriter(err), args);
        return new CliRun(status, written.get(), err.toString());
    }

    /** {@return standard output, line by line} */
    List<String> outLines() {
        return out.lines().toList();
    }

    /** {@return standard error, line by line} */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** A writer that refuses every write with the error a full disk gives. */
    private static final class FailingWriter extends Writer {
        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
