package io.yuma.api;

/**
 * Engines registered for the engine-api tests only (src/test/resources/META-INF/services): a
 * {@code fast} one that cannot run here and a {@code slow} one that can.
 */
final class TestProviders {
    static final String FAST_REASON = "needs a device this test does not have: plug one in";

    private TestProviders() {
    }

    /** Priority 10, never available; creating it anyway is a bug of the caller's guard. */
    public static final class Fast implements YumaEngineProvider {
        @Override
        public String name() {
            return "fast";
        }

        @Override
        public int priority() {
            return 10;
        }

        @Override
        public Availability availability() {
            return Availability.no(FAST_REASON);
        }

        @Override
        public YumaEngine create(EngineOptions options) {
            throw new AssertionError("create() called on an unavailable provider: Engines must not");
        }
    }

    /** Priority 1, always available, answering with an all-zero result. */
    public static class Slow implements YumaEngineProvider {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public int priority() {
            return 1;
        }

        @Override
        public Availability availability() {
            return Availability.yes("test engine");
        }

        @Override
        public YumaEngine create(EngineOptions options) {
            return new YumaEngine() {
                @Override
                public String name() {
                    return "slow";
                }

                @Override
                public EpochResult run(EpochInput input) {
                    int n = input.n();
                    return new EpochResult(new boolean[n], new long[n], new int[n], new int[n], new int[n], new int[n],
                            new int[n], new boolean[n], new long[n], new long[n], new long[n], SparseMatrix.empty(n), null);
                }
            };
        }
    }
}
