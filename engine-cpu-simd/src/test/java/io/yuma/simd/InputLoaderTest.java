package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import io.yuma.batch.SubnetBatch;
import io.yuma.fixed.I32F32;
import io.yuma.reference.ReferenceEngine;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loads of weights and bonds ({@link InputLoader}) through whole epochs against the reference
 * engine, on subnets built so that both of its ways run: rows whose blocks are later than every
 * registration (converted on lanes, a vector of entries at a time) beside rows that a registration
 * masks in part (entry by entry), with the validator's own column, the owner's, and columns beyond
 * n at every position of a vector, commit-reveal on and off, and bonds of subnets with and without
 * a registration since the last tempo, as I32F32 (original Yuma) and as proportions (Yuma3).
 */
class InputLoaderTest {
    private static final long SEED = 0x10AD;
    private static final long BLOCK = 10_000;

    @BeforeEach
    void needsTheVectorModule() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "runs with the Vector API module");
    }

    private static SparseMatrix rows(SplittableRandom random, int n, boolean beyondN) {
        SparseMatrix.Builder rows = new SparseMatrix.Builder(n);
        for (int i = 0; i < n; i++) {
            int skip = random.nextInt(4) == 0 ? random.nextInt(n) : -1; // some rows miss a column
            for (int j = 0; j < n; j++) {
                if (j != skip) {
                    rows.add(j, random.nextInt(8) == 0 ? 0xFFFF : random.nextInt(0x10000));
                }
                if (beyondN && random.nextInt(n) == 0) {
                    rows.add(n + random.nextInt(3), random.nextInt(0x10000)); // anywhere in the row
                }
            }
            rows.endRow();
        }
        return rows.build();
    }

    private static EpochInput subnet(SplittableRandom random) {
        int n = random.nextInt(1, 70);
        long[] registered = new long[n];
        long[] updated = new long[n];
        long[] committed = new long[n];
        boolean recentRegistration = random.nextBoolean();
        for (int uid = 0; uid < n; uid++) {
            registered[uid] = random.nextLong(1, BLOCK / 2);
            updated[uid] = random.nextInt(5) == 0 ? random.nextLong(BLOCK) : BLOCK - random.nextLong(100);
            committed[uid] = random.nextInt(5) == 0 ? random.nextLong(BLOCK / 2) : BLOCK - random.nextLong(100);
        }
        if (recentRegistration) { // at or after the last tempo (BLOCK - 360): bonds to it are masked
            registered[random.nextInt(n)] = random.nextBoolean() ? BLOCK - 360 : BLOCK - 1;
        }
        if (random.nextBoolean()) { // a weight set in the block of the latest registration is masked
            updated[random.nextInt(n)] = java.util.Arrays.stream(registered).max().getAsLong();
        }
        long[] stake = random.longs(n, 1, 1L << 50).toArray();
        boolean[] permit = new boolean[n];
        java.util.Arrays.fill(permit, true);
        return EpochInput.chainDefaults().n(n).currentBlock(BLOCK).tempo(360).activityCutoff(BLOCK)
                .yuma3(random.nextBoolean()).liquidAlpha(random.nextBoolean()).commitReveal(random.nextBoolean())
                .ownerUid(random.nextInt(3) == 0 ? -1 : random.nextInt(n)).alphaStake(stake).taoStake(new long[n])
                .lastUpdate(updated).blockAtRegistration(registered).validatorPermit(permit).commitBlock(committed)
                .maxAllowedValidators(n).weights(rows(random, n, random.nextBoolean()))
                .bonds(rows(random, n, random.nextBoolean())).build();
    }

    @Test
    void bothWaysOfLoadingGiveTheReferenceEpoch() {
        SplittableRandom random = new SplittableRandom(SEED);
        ReferenceEngine reference = new ReferenceEngine();
        try (SimdEngine simd = new SimdEngine(new EngineOptions(1))) {
            for (int round = 0; round < 300; round++) {
                EpochInput input = subnet(random);
                assertEquals(reference.run(input), simd.run(input), "seed " + SEED + ", round " + round);
            }
        }
    }

    @Test
    void everyU16BondConvertsAsTheChainConvertsIt() {
        int values = 1 << 16;
        SparseMatrix.Builder row = new SparseMatrix.Builder(1);
        for (int v = 0; v < values; v++) {
            row.add(v, v); // columns beyond n = 1 count as registered at block 0: none is masked
        }
        EpochInput input = EpochInput.chainDefaults().n(1).alphaStake(new long[1]).taoStake(new long[1])
                .lastUpdate(new long[1]).blockAtRegistration(new long[1]).validatorPermit(new boolean[1])
                .commitBlock(new long[1]).weights(SparseMatrix.empty(1)).bonds(row.endRow().build()).build();
        try (SubnetBatch batch = SubnetBatch.of(List.of(input))) {
            Workspace w = new Workspace();
            w.ensure(1);
            InputLoader loader = new InputLoader(w);
            loader.uidColumns(batch, 0, 1);
            for (boolean asProportion : new boolean[] {false, true}) {
                loader.bonds(batch, 0, 1, 1, asProportion, null);
                assertEquals(values, w.bonds.size);
                for (int v = 0; v < values; v++) {
                    long expected = asProportion ? I32F32.u16ProportionToFixed(v) : I32F32.fromInt(v);
                    assertEquals(v, w.bonds.col[v]);
                    assertEquals(expected, w.bonds.val[v], "u16 " + v + (asProportion ? " as a proportion" : ""));
                }
            }
        }
    }
}
