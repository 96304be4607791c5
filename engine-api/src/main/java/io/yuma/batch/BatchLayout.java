package io.yuma.batch;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The off-heap layout of a {@link SubnetBatch}: columnar, little-endian, every column 64-byte
 * aligned, subnets of different sizes side by side.
 *
 * <pre>
 *  subnets   (one 128-byte record per subnet s)
 *  +---------+---------+-----------+-----------+---------------+------------------------+
 *  | n  i32  | uidBase | rowBase   | ownerUid  | currentBlock  | ... hyperparameters    |
 *  |         |   i32   |   i32     | i32 (-1)  |     u64       | (offsets below)        |
 *  +---------+---------+-----------+-----------+---------------+------------------------+
 *
 *  uid columns (index uidBase(s) + uid)          weights / bonds, CSR per batch
 *  alphaStake          u64 ............          rowStart  i64[totalRows + 1]  (row r of
 *  taoStake            u64 ............                    subnet s is rowBase(s) + uid;
 *  lastUpdate          u64 ............                    rowBase(s) = uidBase(s))
 *  blockAtRegistration u64 ............          column    u16[entries]  stored order
 *  commitBlock         u64 ............          value     u16[entries]
 *  validatorPermit     u8  ............
 * </pre>
 *
 * <p>A row's entries are {@code rowStart[r] .. rowStart[r+1]-1}, global entry indices. The
 * subnet record offsets are the {@code *_OFFSET} constants.
 */
public final class BatchLayout {
    /** Byte order of every column. */
    public static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    /** u64 / i64 element layout. */
    public static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ORDER);
    /** i32 element layout. */
    public static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ORDER);
    /** u16 element layout (read with {@code Short.toUnsignedInt}). */
    public static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ORDER);
    /** u8 / bool element layout. */
    public static final ValueLayout.OfByte U8 = ValueLayout.JAVA_BYTE;

    /** Bytes per subnet record. */
    public static final int SUBNET_RECORD_BYTES = 128;
    /** i32: number of uids. */
    public static final int N_OFFSET = 0;
    /** i32: index of the subnet's uid 0 in the uid columns (and of its row 0 in the CSR). */
    public static final int UID_BASE_OFFSET = 4;
    /** i32: owner uid (u16), or -1 for none. */
    public static final int OWNER_UID_OFFSET = 8;
    /** i32: flags, see {@code FLAG_*}. */
    public static final int FLAGS_OFFSET = 12;
    /** u64. */
    public static final int CURRENT_BLOCK_OFFSET = 16;
    /** u64. */
    public static final int ACTIVITY_CUTOFF_OFFSET = 24;
    /** u64. */
    public static final int LAST_MECHANISM_STEP_BLOCK_OFFSET = 32;
    /** u64. */
    public static final int BONDS_MOVING_AVERAGE_OFFSET = 40;
    /** u64. */
    public static final int STAKE_THRESHOLD_OFFSET = 48;
    /** u64. */
    public static final int TAO_WEIGHT_OFFSET = 56;
    /** u64. */
    public static final int RAO_EMISSION_OFFSET = 64;
    /** i32 holding a u16. */
    public static final int TEMPO_OFFSET = 72;
    /** i32 holding a u16. */
    public static final int KAPPA_OFFSET = 76;
    /** i32 holding a u16. */
    public static final int BONDS_PENALTY_OFFSET = 80;
    /** i32 holding a u16. */
    public static final int ALPHA_LOW_OFFSET = 84;
    /** i32 holding a u16. */
    public static final int ALPHA_HIGH_OFFSET = 88;
    /** i32 holding an i16. */
    public static final int ALPHA_SIGMOID_STEEPNESS_OFFSET = 92;
    /** i32 holding a u16. */
    public static final int MAX_ALLOWED_VALIDATORS_OFFSET = 96;

    /** Flag bit: LiquidAlphaOn. */
    public static final int FLAG_LIQUID_ALPHA = 1;
    /** Flag bit: Yuma3On. */
    public static final int FLAG_YUMA3 = 2;
    /** Flag bit: CommitRevealWeightsEnabled. */
    public static final int FLAG_COMMIT_REVEAL = 4;

    private BatchLayout() {
    }

    /** Byte offset of subnet {@code s}'s record. */
    public static long subnetRecord(int s) {
        return (long) s * SUBNET_RECORD_BYTES;
    }

    /** Reads an i32 field of subnet {@code s}'s record. */
    public static int intField(MemorySegment subnets, int s, int fieldOffset) {
        return subnets.get(I32, subnetRecord(s) + fieldOffset);
    }

    /** Reads a u64 field of subnet {@code s}'s record. */
    public static long longField(MemorySegment subnets, int s, int fieldOffset) {
        return subnets.get(U64, subnetRecord(s) + fieldOffset);
    }
}
