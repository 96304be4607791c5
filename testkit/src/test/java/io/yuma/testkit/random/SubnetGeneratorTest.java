package io.yuma.testkit.random;

import static io.yuma.testkit.random.InputAssertions.assertSameInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generator: reproducible from (seed, case), inside its profile, and adversarial in fact. */
class SubnetGeneratorTest {
    private static final long SEED = 20_260_630L;

    @Test
    void sameSeedAndCaseGiveTheSameInput() {
        SubnetGenerator first = new SubnetGenerator(SEED, Profile.CI);
        SubnetGenerator second = new SubnetGenerator(SEED, Profile.CI);
        for (long index : new long[] {0, 1, 2, 17, 1_000_003, Long.MAX_VALUE}) {
            // Out of order and from a fresh generator: a case depends on nothing but (seed, index).
            assertSameInput(first.generate(index), second.generate(index), "seed " + SEED + ", case " + index);
            assertSameInput(first.generate(index), first.generate(index), "seed " + SEED + ", case " + index);
        }
    }

    @Test
    void otherSeedsAndCasesGiveOtherInputs() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        SubnetGenerator other = new SubnetGenerator(SEED + 1, Profile.CI);
        int same = 0;
        for (long index = 0; index < 50; index++) {
            String a = InputAssertions.describe(generator.generate(index));
            same += a.equals(InputAssertions.describe(other.generate(index))) ? 1 : 0;
            assertNotEquals(a, InputAssertions.describe(generator.generate(index + 1)), "seed " + SEED + ", case " + index);
        }
        assertTrue(same < 3, "seeds " + SEED + " and " + (SEED + 1) + " gave " + same + " equal cases out of 50");
    }

    /**
     * The random stream is pinned (values from an independent SplitMix64 model): a printed seed
     * must name the same case after any refactoring of the stream.
     */
    @Test
    void caseStreamIsPinned() {
        CaseRandom random = CaseRandom.forCase(42, 7);
        assertEquals(-2_398_372_195_416_503_942L, random.nextLong());
        assertEquals(-6_086_295_293_309_232_586L, random.nextLong());
    }

    /**
     * The cases themselves are pinned: a digest of every field of the first cases of one seed in
     * each profile, taken before the generator grew fixed-size and busy subnets. A printed
     * (seed, case, profile) must keep naming the same input, whatever the generator gains.
     */
    @Test
    void casesArePinned() {
        assertEquals("b890e59dfc828ff64e0d887feac64888c6b54c0c57e8a94a9992863b0c467b1c", fingerprint(new SubnetGenerator(SEED, Profile.CI), 300), "profile ci");
        assertEquals("646b8e2893f73bf6604d5fb93a7417dfaa68374cb1bbca057eec5531b451df77", fingerprint(new SubnetGenerator(SEED, Profile.FULL), 300), "profile full");
    }

    /** Subnet cases are pinned the same way, their own stream beside the epoch cases'. */
    @Test
    void subnetCasesArePinned() {
        assertEquals("9b034823b9f91c070ff39f051e00d274b02cdda3eb44c60813b93362a1498f66", subnetFingerprint(new SubnetGenerator(SEED, Profile.CI), 200), "profile ci");
        assertEquals("58f4ddcdfb77dc18e15d62d487a75d1585fd45f76a54216b2ca72ae2fae613cd", subnetFingerprint(new SubnetGenerator(SEED, Profile.FULL), 200), "profile full");
    }

    @Test
    void subnetCasesAreReproducibleValidAndWithinTheChainsLimits() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        for (long index = 0; index < 400; index++) {
            SubnetInput subnet = generator.generateSubnet(index);
            String context = "seed " + SEED + ", subnet case " + index;
            assertTrue(subnet.mechanismCount() >= 1
                    && subnet.mechanismCount() <= SubnetGenerator.MAX_GENERATED_MECHANISMS, context);
            assertTrue(subnet.n() * subnet.mechanismCount() <= SubnetInput.MAX_UIDS_ACROSS_MECHANISMS, context);
            SubnetInput again = new SubnetGenerator(SEED, Profile.CI).generateSubnet(index);
            assertEquals(Arrays.toString(subnet.emissionSplit()), Arrays.toString(again.emissionSplit()), context);
            assertEquals(subnet.mechanismCount(), again.mechanismCount(), context);
            for (int m = 0; m < subnet.mechanismCount(); m++) {
                assertSameInput(subnet.mechanism(m), again.mechanism(m), context + ", mechanism " + m);
            }
        }
    }

    @Test
    void subnetCasesAreNotTheEpochCases() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        int same = 0;
        for (long index = 0; index < 50; index++) {
            same += InputAssertions.describe(generator.generate(index))
                    .equals(InputAssertions.describe(generator.generateSubnet(index).mechanism(0))) ? 1 : 0;
        }
        assertTrue(same < 3, "seed " + SEED + ": " + same + " of 50 subnet cases repeat their epoch case");
    }

    /** Every subnet feature, each split shape and emission edge among them, shows up in a CI-sized run. */
    @Test
    void everySubnetFeatureAppearsInACiRun() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        EnumSet<SubnetFeature> seen = EnumSet.noneOf(SubnetFeature.class);
        long index = 0;
        for (; index < 200 && seen.size() < SubnetFeature.values().length; index++) {
            seen.addAll(SubnetFeature.of(generator.generateSubnet(index)));
        }
        System.out.println("seed " + SEED + ": every subnet feature within the first " + index + " subnet cases");
        EnumSet<SubnetFeature> missing = EnumSet.complementOf(seen);
        assertTrue(missing.isEmpty(), "seed " + SEED + ", 200 subnet cases: features never generated: " + missing);
    }

    /** The mechanisms' inputs are as adversarial as epoch cases. */
    @Test
    void subnetMechanismsCarryTheEpochFeatures() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        EnumSet<InputFeature> seen = EnumSet.noneOf(InputFeature.class);
        for (long index = 0; index < 300; index++) {
            generator.generateSubnet(index).mechanisms().forEach(m -> seen.addAll(InputFeature.of(m)));
        }
        EnumSet<InputFeature> missing = EnumSet.complementOf(seen);
        assertTrue(missing.equals(EnumSet.of(InputFeature.N_LARGE)) || missing.isEmpty(),
                "seed " + SEED + ", 300 subnet cases: epoch features never in a mechanism: " + missing);
    }

    @Test
    void subnetFeatureDetectionReadsTheInput() {
        EpochInput mechanism = EpochInput.chainDefaults().raoEmission(-1L).build();
        SubnetInput allMax = SubnetInput.of(java.util.List.of(mechanism, mechanism), new int[] {65535, 65535});
        assertEquals(EnumSet.of(SubnetFeature.MECHANISMS_TWO, SubnetFeature.N_ZERO, SubnetFeature.SPLIT_SUM_ABOVE,
                SubnetFeature.SPLIT_ALL_MAX, SubnetFeature.EMISSION_MAX, SubnetFeature.SPLIT_PRODUCT_ABOVE_U64,
                SubnetFeature.SHARE_SUM_WRAPS, SubnetFeature.MECHANISM_REPEATS_FIRST), SubnetFeature.of(allMax));
        SubnetInput unset = SubnetInput.of(java.util.List.of(mechanism.toBuilder().raoEmission(6).build()), null);
        assertEquals(EnumSet.of(SubnetFeature.MECHANISMS_ONE, SubnetFeature.N_ZERO, SubnetFeature.SPLIT_NULL),
                SubnetFeature.of(unset));
    }

    @Test
    void belowStaysInRangeAndReachesBothEnds() {
        CaseRandom random = CaseRandom.forCase(SEED, 0);
        Set<Long> seen = new TreeSet<>();
        for (int i = 0; i < 10_000; i++) {
            long value = random.below(5L);
            assertTrue(value >= 0 && value < 5, "below(5) gave " + value);
            seen.add(value);
            long wide = random.below(-2L); // 2^64 - 2, read unsigned
            assertTrue(Long.compareUnsigned(wide, -2L) < 0, "below(2^64 - 2) gave " + Long.toUnsignedString(wide));
        }
        assertEquals(Set.of(0L, 1L, 2L, 3L, 4L), seen);
    }

    @Test
    void casesStayInsideTheProfile() {
        for (Profile profile : new Profile[] {Profile.CI, Profile.FULL}) {
            SubnetGenerator generator = new SubnetGenerator(SEED, profile);
            for (long index = 0; index < 600; index++) {
                EpochInput input = generator.generate(index);
                String context = "seed " + SEED + ", case " + index + ", profile " + profile.name();
                assertTrue(input.n() <= profile.maxN(), context + ": n " + input.n());
                assertTrue(input.weights().entries() + input.bonds().entries() <= profile.maxEntries(),
                        context + ": entries " + (input.weights().entries() + input.bonds().entries()));
                if (input.yuma3() && input.liquidAlpha()) {
                    assertTrue(input.n() <= profile.maxLiquidAlphaN(), context + ": liquid alpha at n " + input.n());
                }
            }
        }
    }

    @Test
    void fixedSizeCasesHaveThatSizeAndAreReproducible() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        EnumSet<InputFeature> seen = EnumSet.noneOf(InputFeature.class);
        for (int n : new int[] {0, 1, 9, 64, 257}) {
            for (long index = 0; index < 40; index++) {
                EpochInput input = generator.generate(index, n);
                String context = "seed " + SEED + ", case " + index + ", n " + n;
                assertEquals(n, input.n(), context);
                assertTrue(input.weights().entries() + input.bonds().entries() <= Profile.CI.maxEntries(), context);
                assertSameInput(input, new SubnetGenerator(SEED, Profile.CI).generate(index, n), context);
                seen.addAll(InputFeature.of(input));
            }
        }
        assertTrue(seen.containsAll(EnumSet.of(InputFeature.WEIGHTS_UNSORTED, InputFeature.STAKE_SATURATES,
                InputFeature.BONDS_COLUMN_BEYOND_N, InputFeature.ALPHA_LOW_ABOVE_HIGH)),
                "seed " + SEED + ": fixed sizes are as adversarial as drawn ones; features seen " + seen);
    }

    @Test
    void sizesOutsideTheProfileAreRefusedWithTheBounds() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        for (int n : new int[] {-1, 258}) {
            IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> generator.generate(0, n));
            assertTrue(tooBig.getMessage().contains("0..257") && tooBig.getMessage().contains("was " + n),
                    tooBig.getMessage());
            assertThrows(IllegalArgumentException.class, () -> generator.busy(0, n));
        }
    }

    @Test
    void busySubnetsAreLiveShapedAndReproducible() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.FULL);
        for (int n : new int[] {1, 63, 256, 1024}) {
            for (long index = 0; index < 4; index++) {
                EpochInput input = generator.busy(index, n);
                String context = "seed " + SEED + ", busy " + index + ", n " + n;
                assertEquals(n, input.n(), context);
                int validators = 0;
                for (int uid = 0; uid < n; uid++) {
                    boolean permit = input.validatorPermit(uid);
                    validators += permit ? 1 : 0;
                    assertEquals(permit ? n : 0, input.weights().rowLength(uid), context + ", weights row " + uid);
                    assertEquals(permit ? n : 0, input.bonds().rowLength(uid), context + ", bonds row " + uid);
                }
                assertEquals(Math.min(64, n), validators, context);
                assertTrue(input.yuma3(), context);
                assertEquals(index % 2 == 0, input.liquidAlpha(), context);
                assertFalse(InputFeature.INACTIVE_UID.presentIn(input), context + ": everyone is active");
                assertFalse(InputFeature.WEIGHTS_UNSORTED.presentIn(input), context + ": nothing adversarial");
                assertSameInput(input, generator.busy(index, n), context);
            }
        }
    }

    @Test
    void busySubnetsKeepToTheProfilesEntryBound() {
        EpochInput input = new SubnetGenerator(SEED, Profile.CI).busy(0, 257);
        assertTrue(input.weights().entries() + input.bonds().entries() <= Profile.CI.maxEntries(),
                "entries " + (input.weights().entries() + input.bonds().entries()));
    }

    @Test
    void ciProfileCoversEveryEdgeSize() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        Set<Integer> sizes = new TreeSet<>();
        for (long index = 0; index < 2000; index++) {
            sizes.add(generator.generate(index).n());
        }
        for (int edge : new int[] {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257}) {
            assertTrue(sizes.contains(edge), "seed " + SEED + ": no case of n = " + edge + " in 2000");
        }
    }

    /** Every adversarial feature shows up in the inputs themselves, across a full-profile run. */
    @Test
    void everyFeatureAppearsAcrossARun() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.FULL);
        EnumSet<InputFeature> seen = EnumSet.noneOf(InputFeature.class);
        for (long index = 0; index < 1500 && seen.size() < InputFeature.values().length; index++) {
            seen.addAll(InputFeature.of(generator.generate(index)));
        }
        EnumSet<InputFeature> missing = EnumSet.complementOf(seen);
        assertTrue(missing.isEmpty(), "seed " + SEED + ", profile full: features never generated: " + missing);
    }

    /** The CI profile covers everything except large n. */
    @Test
    void ciProfileCoversEverythingButLargeN() {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.CI);
        EnumSet<InputFeature> seen = EnumSet.noneOf(InputFeature.class);
        for (long index = 0; index < 500; index++) {
            seen.addAll(InputFeature.of(generator.generate(index)));
        }
        EnumSet<InputFeature> missing = EnumSet.complementOf(seen);
        assertEquals(EnumSet.of(InputFeature.N_LARGE), missing, "seed " + SEED + ", profile ci, 500 cases");
    }

    @Test
    void featureDetectionReadsTheInput() {
        EpochInput empty = EpochInput.chainDefaults().build();
        EnumSet<InputFeature> found = InputFeature.of(empty);
        assertTrue(found.contains(InputFeature.N_ZERO));
        assertFalse(found.contains(InputFeature.WEIGHTS_UNSORTED));
        assertFalse(found.contains(InputFeature.STAKE_ZERO)); // no uid to have zero stake
        assertTrue(found.contains(InputFeature.OWNER_ABSENT));
    }

    private static String fingerprint(SubnetGenerator generator, int cases) {
        MessageDigest digest = sha256();
        for (long index = 0; index < cases; index++) {
            digest.update(text(generator.generate(index)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String subnetFingerprint(SubnetGenerator generator, int cases) {
        MessageDigest digest = sha256();
        for (long index = 0; index < cases; index++) {
            SubnetInput subnet = generator.generateSubnet(index);
            StringBuilder text = new StringBuilder("split=" + Arrays.toString(subnet.emissionSplit()));
            for (EpochInput mechanism : subnet.mechanisms()) {
                text.append('#').append(text(mechanism));
            }
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every field of an input as text. */
    private static String text(EpochInput in) {
        StringBuilder text = new StringBuilder(InputAssertions.describe(in));
        for (long[] column : new long[][] {in.alphaStakes(), in.taoStakes(), in.lastUpdates(),
                in.blocksAtRegistration(), in.commitBlocks()}) {
            text.append(Arrays.toString(column));
        }
        text.append(Arrays.toString(in.validatorPermits()));
        for (SparseMatrix matrix : new SparseMatrix[] {in.weights(), in.bonds()}) {
            for (int row = 0; row < matrix.rows(); row++) {
                text.append('|');
                for (int k = 0; k < matrix.rowLength(row); k++) {
                    text.append(matrix.column(row, k)).append(':').append(matrix.value(row, k)).append(',');
                }
            }
        }
        return text.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    @Test
    void profilesAreFoundByName() {
        assertEquals(Profile.CI, Profile.named("CI"));
        assertEquals(Profile.FULL, Profile.named(" full "));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Profile.named("tiny"));
        assertTrue(unknown.getMessage().contains("ci, full, huge"), unknown.getMessage());
    }
}
