package io.yuma.api;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Remembers whether its owner (an engine, a batch, a results object) was closed, so that every
 * entry point can refuse work afterwards with a message naming the owner, instead of failing
 * somewhere inside on freed memory or stopped threads. Thread-safe.
 */
public final class CloseGuard {
    private final Supplier<String> owner;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * A guard for an open owner.
     *
     * @param owner describes the owner for the error message, e.g. "engine simd"; called only
     *     when the message is built
     * @throws NullPointerException when {@code owner} is null
     */
    public CloseGuard(Supplier<String> owner) {
        this.owner = java.util.Objects.requireNonNull(owner, "owner");
    }

    /**
     * Refuses work once closed.
     *
     * @throws IllegalStateException when {@link #close()} was called, naming the owner
     */
    public void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException(owner.get() + " is closed");
        }
    }

    /** {@return whether {@link #close()} was called} */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Marks the owner closed.
     *
     * @return true the first time, false when it was closed already (so the owner releases its
     *     resources once)
     */
    public boolean close() {
        return closed.compareAndSet(false, true);
    }
}
