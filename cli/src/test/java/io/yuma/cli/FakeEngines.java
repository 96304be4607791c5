package io.yuma.cli;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.YumaEngine;
import io.yuma.api.YumaEngineProvider;

/**
 * Engines registered for the CLI tests only (src/test/resources/META-INF/services): one that
 * answers with a result derived plainly from the input, and one that is never available.
 */
final class FakeEngines {
    private FakeEngines() {
    }

    /**
     * The result the {@code fake} engine gives: every uid active, {@code stake} equal to
     * {@code alpha_stake}, everything else zero or empty. Tests compare printed output with it.
     */
    static EpochResult answer(EpochInput input) {
        int n = input.n();
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        return new EpochResult(active, input.alphaStakes(), new int[n], new int[n], new int[n], new int[n], new int[n],
                new boolean[n], new long[n], new long[n], new long[n], SparseMatrix.empty(n), null);
    }

    /** {@code fake}: available everywhere, lowest priority so it is never picked by default. */
    public static final class Fake implements YumaEngineProvider {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Availability availability() {
            return Availability.yes("test engine: stake = alpha_stake, the rest zero");
        }

        @Override
        public YumaEngine create(EngineOptions options) {
            return new YumaEngine() {
                @Override
                public String name() {
                    return "fake";
                }

                @Override
                public EpochResult run(EpochInput input) {
                    return answer(input);
                }
            };
        }
    }

    /** {@code fake-gpu}: never available. */
    public static final class Unavailable implements YumaEngineProvider {
        static final String REASON = "no device in this test";

        @Override
        public String name() {
            return "fake-gpu";
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Availability availability() {
            return Availability.no(REASON);
        }

        @Override
        public YumaEngine create(EngineOptions options) {
            throw new IllegalStateException(REASON);
        }
    }
}
