package io.yuma.testkit.random;

import io.yuma.api.YumaEngine;

/** The entry points of {@link YumaEngine} a duel holds to the reference; engines implement them separately. */
public enum EnginePath {
    /** {@link YumaEngine#run}, one subnet per call. */
    RUN("run"),
    /** {@link YumaEngine#runAll}, a list of subnets per call. */
    RUN_ALL("runAll"),
    /** {@link YumaEngine#runBatch}, an off-heap batch per call. */
    RUN_BATCH("runBatch");

    private final String method;

    EnginePath(String method) {
        this.method = method;
    }

    /**
     * The engine method's name, as messages print it.
     *
     * @return {@code run}, {@code runAll} or {@code runBatch}
     */
    public String method() {
        return method;
    }
}
