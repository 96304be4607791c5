package io.yuma.recompute;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Writes a history archive ({@link ArchiveFormat}): the header, then one framed, checksummed
 * record per {@link #write}, then on {@link #commit} the end-of-archive record with the count. The archive is written as {@code NAME.partial} and appears under its
 * name only on {@link #commit}; closing without committing deletes the partial file.
 */
public final class ArchiveWriter implements Closeable {
    private final PartialFile file;
    private final GrowableBuffer frame = new GrowableBuffer(1 << 16);
    private final CRC32C crc = new CRC32C();
    private long records;
    private long bytes = ArchiveFormat.HEADER_BYTES;
    /** Committed, or suspended for a resume: close leaves the file. */
    private boolean kept;

    private ArchiveWriter(PartialFile file) {
        this.file = file;
    }

    /**
     * Starts an archive at {@code target} (written beside it as {@code target.partial} until committed).
     *
     * @param target the archive's name
     * @return the writer; {@link #commit} it, and close it in any case
     * @throws IOException when the partial file cannot be written
     */
    public static ArchiveWriter create(Path target) throws IOException {
        PartialFile file = PartialFile.create(target);
        try {
            GrowableBuffer header = new GrowableBuffer(ArchiveFormat.HEADER_BYTES);
            for (byte b : ArchiveFormat.MAGIC) {
                header.u8(b);
            }
            header.u16(ArchiveFormat.VERSION).u16(0);
            CRC32C headerCrc = new CRC32C();
            headerCrc.update(header.array(), 0, header.size());
            header.i32((int) headerCrc.getValue());
            file.write(header.array(), 0, header.size());
            return new ArchiveWriter(file);
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
    }

    /**
     * Reopens the partial archive of an interrupted write to go on after its first
     * {@code records} records, which end at byte {@code length} (as {@link #length()} gave it
     * then, after a {@link #sync()}); anything after them is cut off.
     *
     * @param target the archive's name
     * @param records the records kept
     * @param length the bytes they end at
     * @return the writer, positioned after them
     * @throws IOException when the partial file is missing or shorter than {@code length}
     */
    public static ArchiveWriter resume(Path target, long records, long length) throws IOException {
        ArchiveWriter writer = new ArchiveWriter(PartialFile.resume(target, length));
        writer.records = records;
        writer.bytes = length;
        return writer;
    }

    /**
     * The archive's length so far: the header and every record written.
     *
     * @return bytes, buffered ones included
     */
    public long length() {
        return bytes;
    }

    /**
     * Makes every record written so far durable in the partial file, so that {@link #resume}
     * can go on after it.
     *
     * @throws IOException when the write or the sync fails
     */
    public void sync() throws IOException {
        file.sync();
    }

    /**
     * Closes without committing and keeps the partial file, for a later {@link #resume}.
     *
     * @throws IOException when the buffered bytes cannot be written
     */
    public void suspend() throws IOException {
        kept = true;
        file.close();
    }

    /**
     * Appends one record.
     *
     * @param record the record
     * @throws IOException when it cannot be written, or its body exceeds the format's limit
     */
    public void write(HistoryRecord record) throws IOException {
        frame.clear().i32(ArchiveFormat.SYNC).i32(0);
        RecordCodec.encode(record, frame);
        int bodyBytes = frame.size() - ArchiveFormat.FRAME_HEADER_BYTES;
        if (bodyBytes > ArchiveFormat.MAX_BODY_BYTES) {
            throw new IOException("record " + record.location() + " needs " + bodyBytes + " bytes, more than the "
                    + ArchiveFormat.MAX_BODY_BYTES + " an archive record may hold");
        }
        frame.putI32At(ArchiveFormat.LENGTH_OFFSET, bodyBytes);
        crc.reset();
        crc.update(ByteBuffer.wrap(frame.array(), ArchiveFormat.LENGTH_OFFSET,
                frame.size() - ArchiveFormat.LENGTH_OFFSET));
        frame.i32((int) crc.getValue());
        file.write(frame.array(), 0, frame.size());
        records++;
        bytes += frame.size();
    }

    /**
     * Records written so far.
     *
     * @return the count
     */
    public long records() {
        return records;
    }

    /**
     * Ends the archive with its end-of-archive record, makes it durable and moves it to its name.
     *
     * @throws IOException when it cannot be written, synced or moved
     */
    public void commit() throws IOException {
        frame.clear().i32(ArchiveFormat.END_SYNC).u64(records).u64(bytes);
        crc.reset();
        crc.update(frame.array(), 0, frame.size());
        frame.i32((int) crc.getValue());
        file.write(frame.array(), 0, frame.size());
        file.commit();
        kept = true;
    }

    /** Deletes the partial archive unless it was committed or suspended. */
    @Override
    public void close() throws IOException {
        if (!kept) {
            file.discard();
        }
    }
}
