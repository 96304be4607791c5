package io.yuma.recompute;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The layout of a history archive ({@code *.yhist}): a header, then length-prefixed records, each
 * with its own checksum, so a reader streams it front to back and reports a corrupt record with
 * its byte offset. Every integer is little-endian; CRC-32C is {@link java.util.zip.CRC32C}.
 * recompute/RECOMPUTE.md describes the record body field by field.
 *
 * <pre>
 *  file     | header (16 bytes) | record | record | ... | end (24 bytes, version 3 on) |
 *
 *  header    0        8         10        12       16
 *            | "YUMAHIST" | version | reserved | crc32c of bytes 0..11 |
 *                         u16 = 4   u16 = 0    u32
 *
 *  record    0        4          8              8 + L
 *            | "YREC" | length L | body (L bytes) | crc32c of bytes 4 .. 8 + L (length and body) |
 *                      u32                          u32
 *
 *  body      flags u8 | epoch u64 | subnet str | family str | input | output (when HAS_OUTPUT)
 *            | origin (when CHAIN, version 4 on)
 *  origin    netuid u16 | block u64 | block hash 32 bytes | spec version u32 | unknown inputs u32
 *            | rules implemented u8
 *  str       length u16 | UTF-8 bytes
 *
 *  end       0        4              12                 20
 *            | "YEND" | record count | offset of "YEND" | crc32c of bytes 0..19 |
 *             u32      u64            u64                u32
 * </pre>
 *
 * <p>The input and output are a single mechanism's, or with the {@code SUBNET} flag a subnet's
 * with mechanisms (the shared fields once, the emission split, each mechanism's own fields; the
 * split emission, each mechanism's output, the aggregated terms). Version 2 added that flag and
 * nothing else: a version 1 archive is read as it always was (its records hold single
 * mechanisms only), and a single-mechanism record's body is the same in both versions. Version 3
 * added the end-of-archive record, the last bytes of every archive, so that an archive cut
 * anywhere (between records too), with a record missing, or with bytes after its end is told
 * from a whole one; the records are laid out as in version 2. Version 4 added the {@code CHAIN}
 * flag and the record's {@link ChainOrigin} after its output, and nothing else: a record without
 * the flag is laid out as in version 3.
 *
 * <p>The sync marker {@code "YREC"} lets a reader find the next intact record after a corrupt
 * one: it scans for the marker and accepts a candidate only when its checksum holds.
 */
public final class ArchiveFormat {
    /** Byte order of every integer in an archive. */
    public static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    /** The file's first eight bytes. */
    static final byte[] MAGIC = "YUMAHIST".getBytes(StandardCharsets.US_ASCII);
    /** The format version this code writes. */
    public static final int VERSION = 4;
    /** The first format version that ends an archive with the end-of-archive record. */
    static final int FIRST_VERSION_WITH_END = 3;
    /** The oldest format version this code reads: version 1, before subnet records. */
    public static final int OLDEST_READABLE_VERSION = 1;
    /** Header size in bytes. */
    static final int HEADER_BYTES = 16;
    /** Offset of the version in the header. */
    static final int VERSION_OFFSET = 8;
    /** Offset of the reserved field in the header, which must be 0. */
    static final int RESERVED_OFFSET = 10;
    /** Offset of the header checksum. */
    static final int HEADER_CRC_OFFSET = 12;

    /** Every record starts with these four bytes ("YREC" read as a little-endian u32). */
    static final int SYNC = 0x43455259;
    /** Bytes before a record's body: the sync marker and the length. */
    static final int FRAME_HEADER_BYTES = 8;
    /** Offset of the length within a record. */
    static final int LENGTH_OFFSET = 4;
    /** Bytes after a record's body: its checksum. */
    static final int FRAME_TRAILER_BYTES = 4;
    /** The end-of-archive record starts with these four bytes ("YEND" read as a little-endian u32). */
    static final int END_SYNC = 0x444e4559;
    /** Size of the end-of-archive record: marker, record count, its own offset, checksum. */
    static final int END_BYTES = 24;
    /** Offset of the record count within the end-of-archive record. */
    static final int END_COUNT_OFFSET = 4;
    /** Offset of the end-of-archive record's own byte offset within it. */
    static final int END_AT_OFFSET = 12;
    /** Offset of the end-of-archive record's checksum (of every byte before it) within it. */
    static final int END_CRC_OFFSET = 20;
    /** Largest body accepted: a subnet of 65535 uids with full weight and bond rows stays well below. */
    static final int MAX_BODY_BYTES = 1 << 30;

    /** Body flag: the record holds the recorded output after the input. */
    static final int HAS_OUTPUT = 1;
    /** Body flag: the last epoch of its subnet's history in this archive. */
    static final int LAST = 2;
    /** Body flag: the epoch belongs to a {@code sequence} history (kept for conversion back to JSON). */
    static final int SEQUENCE = 4;
    /** Body flag (version 2): a subnet epoch with mechanisms ({@code SubnetInput}, {@code SubnetResult}). */
    static final int SUBNET = 8;
    /** Body flag (version 4): the record ends with its {@link ChainOrigin}. */
    static final int CHAIN = 16;
    /** The first format version with the {@code CHAIN} flag. */
    static final int FIRST_VERSION_WITH_CHAIN = 4;
    /** Flags version 1 knows. */
    static final int KNOWN_FLAGS_V1 = HAS_OUTPUT | LAST | SEQUENCE;
    /** Flags versions 2 and 3 know. */
    static final int KNOWN_FLAGS_V2 = KNOWN_FLAGS_V1 | SUBNET;
    /** Flags this version knows; a record with any other bit set is rejected. */
    static final int KNOWN_FLAGS = KNOWN_FLAGS_V2 | CHAIN;

    /** The file name ending that marks an archive for {@code convert}. */
    public static final String EXTENSION = ".yhist";

    private ArchiveFormat() {
    }

    /**
     * The body flags an archive of {@code version} may set.
     *
     * @param version a version this code reads
     * @return the known flags
     */
    static int knownFlags(int version) {
        if (version == 1) {
            return KNOWN_FLAGS_V1;
        }
        return version < FIRST_VERSION_WITH_CHAIN ? KNOWN_FLAGS_V2 : KNOWN_FLAGS;
    }
}
