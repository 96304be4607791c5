package io.yuma.cuda;

/**
 * Where the time of the last batch went, summed over its launches, in nanoseconds. On a GPU the
 * three parts come from CUDA events; in the CPU emulator they are wall-clock times of writing the
 * request, running the emulator and reading the response.
 *
 * @param launches launches the batch took (1 unless it exceeded the device memory budget)
 * @param uploadNanos host to device copies
 * @param kernelNanos kernel execution
 * @param downloadNanos device to host copies
 * @param totalNanos end to end, from the call to the results being complete (planning and bonds unpacking included)
 */
public record BatchTimings(int launches, long uploadNanos, long kernelNanos, long downloadNanos, long totalNanos) {
    /** Nothing run yet. */
    public static final BatchTimings NONE = new BatchTimings(0, 0, 0, 0, 0);

    BatchTimings plus(LaunchTimings launch) {
        return new BatchTimings(launches + 1, uploadNanos + launch.uploadNanos(), kernelNanos + launch.kernelNanos(),
                downloadNanos + launch.downloadNanos(), totalNanos);
    }

    BatchTimings withTotal(long nanos) {
        return new BatchTimings(launches, uploadNanos, kernelNanos, downloadNanos, nanos);
    }
}
