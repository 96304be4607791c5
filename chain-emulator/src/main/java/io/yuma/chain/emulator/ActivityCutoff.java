package io.yuma.chain.emulator;

/**
 * Since spec 423 the epoch's activity cutoff is {@code max(1, ActivityCutoffFactorMilli × Tempo / 1000)}
 * blocks ({@code get_activity_cutoff_blocks}); this finds the factor that gives a vector's cutoff.
 */
final class ActivityCutoff {
    private ActivityCutoff() {
    }

    /** {@return the u32 factor giving {@code cutoff} blocks at {@code tempo}} */
    static long factorMilli(long cutoff, int tempo) throws LayoutConflict {
        long factor = cutoff > Long.MAX_VALUE / 1000 ? -1 : (cutoff * 1000 + tempo - 1) / tempo;
        if (factor < 0 || factor > 0xFFFF_FFFFL || Math.max(1, factor * tempo / 1000) != cutoff) {
            throw new LayoutConflict("activity_cutoff " + Long.toUnsignedString(cutoff) + " is not max(1, factor * tempo / 1000)"
                    + " for any u32 ActivityCutoffFactorMilli at tempo " + tempo + " (the rule since spec 423)");
        }
        return factor;
    }
}
