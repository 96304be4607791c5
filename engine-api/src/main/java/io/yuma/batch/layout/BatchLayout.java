package io.yuma.batch.layout;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The off-heap layout of a {@link io.yuma.batch.SubnetBatch}: one fixed-size record per subnet,
 * then per-uid columns and compressed sparse rows shared by all subnets, little-endian, each
 * column starting on a {@value #COLUMN_ALIGNMENT}-byte boundary.
 *
 * <p><b>Subnet records.</b> Subnet {@code s}'s record starts at {@link #subnetRecord(int)
 * subnetRecord(s)}. Each field starts where the one before it ends (the {@code *_OFFSET}
 * constants are written that way), every field is naturally aligned, and the record is padded
 * to a whole number of {@value #COLUMN_ALIGNMENT}-byte lines. A test parses the table below and
 * holds it, field by field, to the constants:
 *
 * <pre>
 * offset size type  field
 *      0    4 i32   n                        uids in the subnet
 *      4    4 i32   uidBase                  index of uid 0 in the uid columns and the rows
 *      8    4 i32   ownerUid                 a u16, or -1 for none
 *     12    4 i32   flags                    FLAG_LIQUID_ALPHA | FLAG_YUMA3 | FLAG_COMMIT_REVEAL
 *     16    8 u64   currentBlock
 *     24    8 u64   activityCutoff
 *     32    8 u64   lastMechanismStepBlock
 *     40    8 u64   bondsMovingAverage
 *     48    8 u64   stakeThreshold
 *     56    8 u64   taoWeight
 *     64    8 u64   raoEmission
 *     72    4 i32   tempo                    a u16
 *     76    4 i32   kappa                    a u16
 *     80    4 i32   bondsPenalty             a u16
 *     84    4 i32   alphaLow                 a u16
 *     88    4 i32   alphaHigh                a u16
 *     92    4 i32   alphaSigmoidSteepness    an i16
 *     96    4 i32   maxAllowedValidators     a u16
 *    100   28 -     padding                  up to SUBNET_RECORD_BYTES = 128
 * </pre>
 *
 * <p><b>Uid columns.</b> Uid {@code u} of subnet {@code s} is element {@code uidBase(s) + u} of
 * each column: {@code alphaStake}, {@code taoStake}, {@code lastUpdate},
 * {@code blockAtRegistration} and {@code commitBlock} are u64 ({@link #LONG}),
 * {@code validatorPermit} is u8 ({@link #U8}, 0 or 1).
 *
 * <p><b>Weights and bonds.</b> Compressed rows over the whole batch; row {@code uidBase(s) + u}
 * is uid {@code u}'s row of subnet {@code s}. {@code rowStart} holds one i64 ({@link #LONG}) per
 * row plus a closing one: row {@code r}'s entries are the global entries
 * {@code rowStart[r] .. rowStart[r+1]-1}. {@code columns} and {@code values} hold one u16
 * ({@link #U16}) per entry, in the order the input stored them.
 */
public final class BatchLayout {
    /** Byte order of every column and record. */
    public static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    /**
     * u64 and i64 elements, as Java {@code long}s (unsigned values keep their bits). Named for
     * the Java type so that it is not mistaken for {@link io.yuma.fixed.U64}'s arithmetic.
     */
    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ORDER);
    /** i32 elements. */
    public static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ORDER);
    /** u16 elements (read them with {@code Short.toUnsignedInt}). */
    public static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ORDER);
    /** u8 and bool elements. */
    public static final ValueLayout.OfByte U8 = ValueLayout.JAVA_BYTE;

    /** Byte boundary every column starts on, and that the subnet record size is a multiple of. */
    public static final int COLUMN_ALIGNMENT = 64;

    /** i32: number of uids. */
    public static final int N_OFFSET = 0;
    /** i32: index of the subnet's uid 0 in the uid columns (and of its row 0 in the sparse rows). */
    public static final int UID_BASE_OFFSET = N_OFFSET + Integer.BYTES;
    /** i32: owner uid (a u16), or -1 for none. */
    public static final int OWNER_UID_OFFSET = UID_BASE_OFFSET + Integer.BYTES;
    /** i32: flags, see {@code FLAG_*}. */
    public static final int FLAGS_OFFSET = OWNER_UID_OFFSET + Integer.BYTES;
    /** u64: the block the epoch runs at. */
    public static final int CURRENT_BLOCK_OFFSET = FLAGS_OFFSET + Integer.BYTES;
    /** u64: blocks without an update after which a uid is inactive. */
    public static final int ACTIVITY_CUTOFF_OFFSET = CURRENT_BLOCK_OFFSET + Long.BYTES;
    /** u64: the block of the last mechanism step, 0 for none. */
    public static final int LAST_MECHANISM_STEP_BLOCK_OFFSET = ACTIVITY_CUTOFF_OFFSET + Long.BYTES;
    /** u64: the bonds moving average, in millionths. */
    public static final int BONDS_MOVING_AVERAGE_OFFSET = LAST_MECHANISM_STEP_BLOCK_OFFSET + Long.BYTES;
    /** u64: the least stake that counts. */
    public static final int STAKE_THRESHOLD_OFFSET = BONDS_MOVING_AVERAGE_OFFSET + Long.BYTES;
    /** u64: the TAO weight, as a proportion of {@code u64::MAX}. */
    public static final int TAO_WEIGHT_OFFSET = STAKE_THRESHOLD_OFFSET + Long.BYTES;
    /** u64: the rao emitted this epoch. */
    public static final int RAO_EMISSION_OFFSET = TAO_WEIGHT_OFFSET + Long.BYTES;
    /** i32 holding a u16: the tempo. */
    public static final int TEMPO_OFFSET = RAO_EMISSION_OFFSET + Long.BYTES;
    /** i32 holding a u16: kappa. */
    public static final int KAPPA_OFFSET = TEMPO_OFFSET + Integer.BYTES;
    /** i32 holding a u16: the bonds penalty. */
    public static final int BONDS_PENALTY_OFFSET = KAPPA_OFFSET + Integer.BYTES;
    /** i32 holding a u16: liquid alpha's lower bound. */
    public static final int ALPHA_LOW_OFFSET = BONDS_PENALTY_OFFSET + Integer.BYTES;
    /** i32 holding a u16: liquid alpha's upper bound. */
    public static final int ALPHA_HIGH_OFFSET = ALPHA_LOW_OFFSET + Integer.BYTES;
    /** i32 holding an i16: liquid alpha's sigmoid steepness. */
    public static final int ALPHA_SIGMOID_STEEPNESS_OFFSET = ALPHA_HIGH_OFFSET + Integer.BYTES;
    /** i32 holding a u16: the most validator permits. */
    public static final int MAX_ALLOWED_VALIDATORS_OFFSET = ALPHA_SIGMOID_STEEPNESS_OFFSET + Integer.BYTES;
    /** Bytes of the record's fields, before the padding. */
    private static final int RECORD_FIELD_BYTES = MAX_ALLOWED_VALIDATORS_OFFSET + Integer.BYTES;
    /** Bytes per subnet record: the fields rounded up to whole {@value #COLUMN_ALIGNMENT}-byte lines. */
    public static final int SUBNET_RECORD_BYTES =
            (RECORD_FIELD_BYTES + COLUMN_ALIGNMENT - 1) / COLUMN_ALIGNMENT * COLUMN_ALIGNMENT;

    /** Flag bit: LiquidAlphaOn. */
    public static final int FLAG_LIQUID_ALPHA = 1;
    /** Flag bit: Yuma3On. */
    public static final int FLAG_YUMA3 = 2;
    /** Flag bit: CommitRevealWeightsEnabled. */
    public static final int FLAG_COMMIT_REVEAL = 4;

    private BatchLayout() {
    }

    /**
     * The byte offset of a subnet's record.
     *
     * @param s the subnet's index in the batch
     * @return the offset of its record in the records segment
     */
    public static long subnetRecord(int s) {
        return (long) s * SUBNET_RECORD_BYTES;
    }

    /**
     * Reads an i32 field of a subnet's record.
     *
     * @param subnets the records segment
     * @param s the subnet's index in the batch
     * @param fieldOffset the field's {@code *_OFFSET}
     * @return the field's value
     */
    public static int intField(MemorySegment subnets, int s, int fieldOffset) {
        return subnets.get(I32, subnetRecord(s) + fieldOffset);
    }

    /**
     * Reads a u64 field of a subnet's record.
     *
     * @param subnets the records segment
     * @param s the subnet's index in the batch
     * @param fieldOffset the field's {@code *_OFFSET}
     * @return the field's bits
     */
    public static long longField(MemorySegment subnets, int s, int fieldOffset) {
        return subnets.get(LONG, subnetRecord(s) + fieldOffset);
    }
}
