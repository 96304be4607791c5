package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import io.yuma.reference.ReferenceEngine;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-made subnets for the chain's quirks the kernels reimplement rather than transcribe: the
 * liquid alpha's peeking merge over rows with repeated or out-of-order columns (only running
 * maxima are seen), bonds to columns at or beyond n, and a repeated column's last value in the
 * median. Each runs through the emulated cuda engine and the reference.
 */
class EmulatedEdgeCasesTest {
    private static CudaEngine engine;

    @BeforeAll
    static void openEngine() {
        engine = new CudaEngine(new EmulatorDevice(HostBuild.emulator(), new DeviceSettings(3, 2, 1L << 30, 0)));
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @ParameterizedTest(name = "bonds_penalty {0}")
    @ValueSource(ints = {0, 65535, 30000})
    void repeatedAndUnsortedColumnsUnderLiquidAlpha(int penalty) {
        int n = 5;
        SparseMatrix weights = rows(n,
                new int[][] {{1, 1000}, {1, 60000}, {2, 5}, {0, 9}, {4, 700}},
                new int[][] {{2, 100}, {1, 5}, {4, 4000}, {4, 10}},
                new int[][] {{3, 7}, {1, 7000}, {1, 9}},
                new int[][] {{1, 3}, {2, 65535}},
                new int[][] {{0, 20}, {1, 20}, {2, 20}, {3, 20}});
        SparseMatrix bonds = rows(n,
                new int[][] {{1, 30000}, {1, 200}, {900, 5}, {2, 60000}},
                new int[][] {{4, 65535}, {1, 100}, {2, 1}},
                new int[][] {{0, 17}, {0, 65000}, {3, 3}},
                new int[][] {},
                new int[][] {{7, 1}, {1, 40000}});
        EpochInput input = healthy(n).yuma3(true).liquidAlpha(true).bondsPenalty(penalty)
                .alphaLow(6553).alphaHigh(58982).alphaSigmoidSteepness(1000).weights(weights).bonds(bonds).build();
        assertNull(new ReferenceEngine().run(input).firstDifference(engine.run(input)));
    }

    @ParameterizedTest(name = "yuma3 {0}")
    @ValueSource(booleans = {true, false})
    void bondsBeyondNAndOwnerOutOfRange(boolean yuma3) {
        int n = 4;
        SparseMatrix weights = rows(n, new int[][] {{1, 5}, {3, 5}, {9, 5}}, new int[][] {{0, 1}, {0, 2}},
                new int[][] {{2, 9}}, new int[][] {{3, 9}, {0, 65535}});
        SparseMatrix bonds = rows(n, new int[][] {{70, 100}, {1, 65535}}, new int[][] {{2, 3}},
                new int[][] {{65535, 65535}}, new int[][] {});
        EpochInput input = healthy(n).yuma3(yuma3).ownerUid(60000).weights(weights).bonds(bonds).build();
        assertNull(new ReferenceEngine().run(input).firstDifference(engine.run(input)));
    }

    private static EpochInput.Builder healthy(int n) {
        long[] stake = new long[n];
        Arrays.fill(stake, 1_000_000_000L);
        long[] current = new long[n];
        Arrays.fill(current, 10_000L);
        boolean[] permit = new boolean[n];
        Arrays.fill(permit, true);
        long[] none = new long[n];
        Arrays.fill(none, EpochInput.NO_COMMIT);
        return EpochInput.builder().n(n).currentBlock(10_000).tempo(360).activityCutoff(5_000)
                .kappa(32767).bondsMovingAverage(900_000).maxAllowedValidators(64).raoEmission(1_000_000_000L)
                .bondsPenalty(0).liquidAlpha(false).yuma3(false).alphaLow(0).alphaHigh(0).alphaSigmoidSteepness(0)
                .stakeThreshold(0).taoWeight(0).commitReveal(false)
                .alphaStake(stake).taoStake(new long[n]).lastUpdate(current).blockAtRegistration(new long[n])
                .commitBlock(none).validatorPermit(permit);
    }

    private static SparseMatrix rows(int n, int[][]... entries) {
        SparseMatrix.Builder m = new SparseMatrix.Builder(n);
        for (int[][] row : entries) {
            for (int[] entry : row) {
                m.add(entry[0], entry[1]);
            }
            m.endRow();
        }
        return m.build();
    }
}
