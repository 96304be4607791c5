package io.yuma.chain.emulator;

/** A vector epoch that the chain's storage cannot hold as the vector states it; the message says why. */
final class LayoutConflict extends Exception {
    private static final long serialVersionUID = 1L;

    LayoutConflict(String reason) {
        super(reason);
    }
}
