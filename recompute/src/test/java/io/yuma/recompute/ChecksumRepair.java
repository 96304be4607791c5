package io.yuma.recompute;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Rewrites the checksums of an archive's header, records and end-of-archive record to match their
 * bytes, so that a fuzzer's mutations reach the code behind the checksums (the record decoder, the
 * end-of-archive and completeness checks) instead of stopping at a checksum mismatch.
 */
final class ChecksumRepair {
    private ChecksumRepair() {
    }

    /** Repairs {@code archive} in place: the header, then every frame found walking from it. */
    static void repair(byte[] archive) {
        ByteBuffer bytes = ByteBuffer.wrap(archive).order(ArchiveFormat.ORDER);
        if (archive.length < ArchiveFormat.HEADER_BYTES) {
            return;
        }
        bytes.putInt(ArchiveFormat.HEADER_CRC_OFFSET, crc(archive, 0, ArchiveFormat.HEADER_CRC_OFFSET));
        int at = ArchiveFormat.HEADER_BYTES;
        while (at + 4 <= archive.length) {
            int marker = bytes.getInt(at);
            if (marker == ArchiveFormat.SYNC && at + ArchiveFormat.FRAME_HEADER_BYTES <= archive.length) {
                long body = Integer.toUnsignedLong(bytes.getInt(at + ArchiveFormat.LENGTH_OFFSET));
                long end = at + ArchiveFormat.FRAME_HEADER_BYTES + body;
                if (end + ArchiveFormat.FRAME_TRAILER_BYTES <= archive.length) {
                    int from = at + ArchiveFormat.LENGTH_OFFSET;
                    bytes.putInt((int) end, crc(archive, from, (int) end - from));
                    at = (int) end + ArchiveFormat.FRAME_TRAILER_BYTES;
                    continue;
                }
            } else if (marker == ArchiveFormat.END_SYNC && at + ArchiveFormat.END_BYTES <= archive.length) {
                bytes.putInt(at + ArchiveFormat.END_CRC_OFFSET, crc(archive, at, ArchiveFormat.END_CRC_OFFSET));
                at += ArchiveFormat.END_BYTES;
                continue;
            }
            at++;
        }
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }
}
