package io.yuma.testkit.fuzz;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The promise every decoder of untrusted bytes keeps, checked for one input: the input either
 * decodes, or the decoder throws one of its own typed errors whose message is one line that names
 * the source and not the Java class of an exception it wraps. Any other throwable (a {@link RuntimeException} that
 * escaped, a {@link StackOverflowError}, an {@link OutOfMemoryError}) breaks it, and so does an
 * input that makes the decoder allocate far more than its size could justify: a length field
 * believed before the bytes behind it were seen.
 *
 * <p>A fuzz target builds one contract and calls {@link #check} with each input; a broken promise
 * is an {@link AssertionError}, which the fuzzer reports as a finding.
 */
public final class DecoderContract {
    /** What any decoding may allocate whatever its input: parser buffers, the model's objects. */
    private static final long ALLOWANCE_BYTES = 256L << 20;
    /**
     * What each input byte may add: gzip expands at most about 1,032 times, and the parsed model
     * holds each decompressed value in a few bytes more than its text.
     */
    private static final long BYTES_PER_INPUT_BYTE = 4096;

    private final String source;
    private final List<Class<? extends Exception>> typedErrors;

    /**
     * A contract for a decoder reading from {@code source}.
     *
     * @param source the name the decoder is given for its input, which every message must contain
     * @param typedErrors the decoder's own error classes; a thrown error must be of one of them
     *     exactly, not a subclass
     */
    public DecoderContract(String source, List<Class<? extends Exception>> typedErrors) {
        this.source = Objects.requireNonNull(source, "source");
        this.typedErrors = List.copyOf(typedErrors);
    }

    /** One decoding of one input. */
    @FunctionalInterface
    public interface Decoding {
        /**
         * Decodes the input, throwing the decoder's typed error when it is refused.
         *
         * @throws Exception the decoder's typed error, or anything else, which breaks the contract
         */
        void decode() throws Exception;
    }

    /**
     * Runs {@code decoding} over {@code input} and checks the promise.
     *
     * @param input the input bytes: their size bounds what the decoding may allocate, and a class
     *     name they hold may be quoted in a message
     * @param decoding the decoding
     * @throws AssertionError when the promise is broken, with the cause attached
     */
    public void check(byte[] input, Decoding decoding) {
        long inputBytes = input.length;
        Outcome first = run(decoding);
        long budget = ALLOWANCE_BYTES + BYTES_PER_INPUT_BYTE * inputBytes;
        // The first decoding in a JVM loads (and, fuzzing, instruments) classes on this thread,
        // which counts as its allocation: an input over the budget is decoded again to be sure.
        if (first.allocated() > budget && run(decoding).allocated() > budget) {
            throw new AssertionError("decoding " + inputBytes + " bytes of " + source + " allocated "
                    + first.allocated() + " bytes, more than the " + budget + " its size allows", first.thrown());
        }
        if (first.thrown() != null) {
            checkError(input, first.thrown());
        }
    }

    /** What one decoding threw (null: nothing) and how many bytes it allocated. */
    private record Outcome(Throwable thrown, long allocated) {
    }

    private static Outcome run(Decoding decoding) {
        long before = allocatedBytes();
        Throwable thrown = null;
        try {
            decoding.decode();
        } catch (AssertionError e) {
            // A fuzz target's own check inside the decoding (a record error it checked) failed.
            throw e;
        } catch (Throwable e) {
            thrown = e;
        }
        return new Outcome(thrown, allocatedBytes() - before);
    }

    /**
     * Checks one error a decoder reported without stopping (a bad record it skipped): one of its
     * typed errors, one line, naming the source.
     *
     * @param input the input bytes
     * @param thrown the error
     * @throws AssertionError when the error breaks the promise
     */
    public void checkError(byte[] input, Throwable thrown) {
        long inputBytes = input.length;
        if (typedErrors.stream().noneMatch(type -> type == thrown.getClass())) {
            throw new AssertionError("decoding " + inputBytes + " bytes of " + source + " threw "
                    + thrown.getClass().getName() + " instead of one of " + typedErrors.stream().map(Class::getSimpleName).toList(),
                    thrown);
        }
        String message = thrown.getMessage();
        if (message == null || message.isBlank() || message.contains("\n") || message.contains("\r")) {
            throw new AssertionError("the error is not one line: " + message, thrown);
        }
        if (!message.contains(source)) {
            throw new AssertionError("the error does not name " + source + ": " + message, thrown);
        }
        // A message quotes the input (a field's name), and a fuzzer learns the names this check
        // looks for: a name the input holds is the input's, not a leak.
        String text = new String(input, StandardCharsets.ISO_8859_1);
        for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
            String simpleName = cause.getClass().getSimpleName();
            if (!text.contains(simpleName) && message.contains(simpleName + ":")) {
                throw new AssertionError("the error shows the class of its cause, " + cause.getClass().getName()
                        + ": " + message, thrown);
            }
        }
    }

    /** Bytes this thread has allocated so far (HotSpot counts them per thread). */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
