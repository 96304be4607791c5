package io.yuma.testkit.random;

import io.yuma.api.YumaEngine;

/**
 * The entry points of {@link YumaEngine} a duel holds to the reference; engines implement them
 * separately. The first three take single-mechanism epochs, the last two subnets with mechanisms.
 */
public enum EnginePath {
    /** {@link YumaEngine#run}, one subnet per call. */
    RUN("run", false),
    /** {@link YumaEngine#runAll}, a list of subnets per call. */
    RUN_ALL("runAll", false),
    /** {@link YumaEngine#runBatch}, an off-heap batch per call. */
    RUN_BATCH("runBatch", false),
    /** {@link YumaEngine#runSubnet}, one subnet with all its mechanisms per call. */
    RUN_SUBNET("runSubnet", true),
    /** {@link YumaEngine#runSubnets}, a list of subnets with mechanisms per call. */
    RUN_SUBNETS("runSubnets", true);

    private final String method;
    private final boolean subnets;

    EnginePath(String method, boolean subnets) {
        this.method = method;
        this.subnets = subnets;
    }

    /**
     * The engine method's name, as messages print it.
     *
     * @return {@code run}, {@code runAll}, {@code runBatch}, {@code runSubnet} or {@code runSubnets}
     */
    public String method() {
        return method;
    }

    /**
     * Whether the path takes subnets with mechanisms rather than single-mechanism epochs.
     *
     * @return true for {@link #RUN_SUBNET} and {@link #RUN_SUBNETS}
     */
    public boolean takesSubnets() {
        return subnets;
    }
}
