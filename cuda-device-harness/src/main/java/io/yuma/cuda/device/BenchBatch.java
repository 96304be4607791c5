package io.yuma.cuda.device;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import io.yuma.batch.SubnetBatch;
import java.util.SplittableRandom;

/**
 * Benchmark batches shaped like live subnets: up to 64 validators with most of the stake, each
 * with a full ascending weights row and a full bonds row (as the previous epoch stored them),
 * everyone active, Yuma3 on, liquid alpha on in half the subnets. Built straight into the
 * off-heap batch one subnet at a time. Deterministic in (subnets, n).
 */
final class BenchBatch {
    private BenchBatch() {
    }

    static SubnetBatch build(int subnets, int n) {
        SubnetBatch.Builder builder = SubnetBatch.builder(subnets, n);
        for (int s = 0; s < subnets; s++) {
            builder.add(subnet(new SplittableRandom(1_000_003L * s + n), n, s));
        }
        return builder.build();
    }

    static long entries(int subnets, int n) {
        return 2L * subnets * Math.min(64, n) * n;
    }

    private static EpochInput subnet(SplittableRandom r, int n, int s) {
        int validators = Math.min(64, n);
        int stride = Math.max(1, n / validators);
        long current = 5_000_000L;
        long[] alpha = new long[n];
        long[] tao = new long[n];
        long[] lastUpdate = new long[n];
        long[] registered = new long[n];
        long[] commit = new long[n];
        boolean[] permit = new boolean[n];
        SparseMatrix.Builder weights = new SparseMatrix.Builder(n);
        SparseMatrix.Builder bonds = new SparseMatrix.Builder(n);
        for (int i = 0; i < n; i++) {
            boolean validator = i % stride == 0 && i / stride < validators;
            alpha[i] = validator ? r.nextLong(1_000_000_000_000L, 1_000_000_000_000_000L)
                    : r.nextLong(1_000_000L, 1_000_000_000L);
            tao[i] = validator ? r.nextLong(0, 10_000_000_000_000L) : 0;
            lastUpdate[i] = current - r.nextInt(300);
            registered[i] = r.nextLong(0, 4_000_000L);
            commit[i] = -1L;
            permit[i] = validator;
            if (validator) {
                for (int j = 0; j < n; j++) {
                    weights.add(j, r.nextInt(65536));
                    bonds.add(j, r.nextInt(65536));
                }
            }
            weights.endRow();
            bonds.endRow();
        }
        return EpochInput.builder().n(n).currentBlock(current).tempo(360).activityCutoff(5000)
                .lastMechanismStepBlock(current - 361).kappa(32767).bondsPenalty(s % 3 == 0 ? 0 : 65535)
                .bondsMovingAverage(975_000).liquidAlpha(s % 2 == 0).yuma3(true).alphaLow(45875).alphaHigh(58982)
                .alphaSigmoidSteepness(1000).maxAllowedValidators(64).stakeThreshold(1000).ownerUid(0)
                .taoWeight(3_320_413_933_267_719_290L).raoEmission(1_000_000_000L * n).commitReveal(false)
                .alphaStake(alpha).taoStake(tao).lastUpdate(lastUpdate).blockAtRegistration(registered)
                .commitBlock(commit).validatorPermit(permit).weights(weights.build()).bonds(bonds.build()).build();
    }
}
