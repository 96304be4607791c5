package io.yuma.cuda;

/**
 * Where the time of one slice went, in nanoseconds.
 *
 * @param uploadNanos host to device copies (argument table and inputs)
 * @param kernelNanos the kernel launch to its completion
 * @param downloadNanos device to host copies of the outputs
 */
record LaunchTimings(long uploadNanos, long kernelNanos, long downloadNanos) {
}
