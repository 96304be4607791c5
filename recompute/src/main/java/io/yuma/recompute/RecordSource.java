package io.yuma.recompute;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of history records in time order (each subnet's epochs in order), read one at a time
 * so that no source ever holds a whole archive. Single-threaded.
 */
interface RecordSource extends Closeable {
    /**
     * The next record, or null at the end.
     *
     * @throws BadRecordException for a record that cannot be used; the next call goes on after it
     * @throws IOException when the source as a whole cannot be read (not an archive, unreadable file)
     */
    HistoryRecord next() throws IOException;

    /** A token for the position after the last record returned or rejected, for {@link #seek}. */
    long position();

    /** Continues from a token {@link #position} gave, in this source or an identical one. */
    void seek(long position) throws IOException;

    /** Size of the whole source in bytes, for progress. */
    long bytesTotal();

    /** Bytes consumed so far (an estimate where records are read a file at a time). */
    long bytesDone();
}
