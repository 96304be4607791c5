package io.yuma.recompute;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The run's journal of completed work ({@code OUT/journal}): a header line with the run's
 * fingerprint, then one line per {@link Checkpoint}, each ending in its own CRC-32C and synced
 * before the run goes on. A line torn by a crash fails its checksum and is dropped on resume, so
 * the last intact checkpoint is where the run continues.
 *
 * <pre>
 *  yuma-recompute-journal 1 FINGERPRINT crc=XXXXXXXX
 *  checkpoint seq=0 source=0 token=-1 done=0 file:results.csv=153 ... records=0 ... crc=XXXXXXXX
 * </pre>
 */
final class Journal implements Closeable {
    /** The journal's file name in the output directory. */
    static final String NAME = "journal";
    private static final String HEADER = "yuma-recompute-journal 1 ";
    private static final String CRC = " crc=";

    private final Path file;
    private final FileChannel channel;
    private final Checkpoint last;

    private Journal(Path file, FileChannel channel, Checkpoint last) {
        this.file = file;
        this.channel = channel;
        this.last = last;
    }

    /** Starts a journal in {@code directory} for the run {@code fingerprint} names. */
    static Journal create(Path directory, String fingerprint) throws IOException {
        Path file = directory.resolve(NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Journal journal = new Journal(file, channel, null);
        journal.appendLine(HEADER + fingerprint);
        PartialFile.syncDirectory(directory);
        return journal;
    }

    /**
     * Opens the journal of an interrupted run to continue it: checks it belongs to the same run,
     * finds its last intact checkpoint and cuts off anything after it.
     *
     * @throws ResumeException when there is no journal, it belongs to another run, or it holds no checkpoint
     */
    static Journal resume(Path directory, String fingerprint) throws IOException {
        Path file = directory.resolve(NAME);
        if (!Files.exists(file)) {
            throw new ResumeException(ResumeException.Kind.NOTHING_TO_RESUME, directory, "nothing to resume in "
                    + directory + ": it has no journal of an interrupted run");
        }
        byte[] bytes = Files.readAllBytes(file);
        Checkpoint last = null;
        long intactBytes = 0;
        int start = 0;
        boolean header = true;
        for (int end = indexOf(bytes, start); end >= 0; start = end + 1, end = indexOf(bytes, start)) {
            String line = intact(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            if (line == null) {
                break;
            }
            if (header) {
                if (!line.equals(HEADER + fingerprint)) {
                    throw new ResumeException(ResumeException.Kind.OTHER_RUN, file, file
                            + " belongs to a different run (other inputs, mode or output options)");
                }
                header = false;
            } else {
                try {
                    last = Checkpoint.parse(line);
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
            intactBytes = end + 1;
        }
        if (last == null) {
            throw new ResumeException(ResumeException.Kind.DAMAGED, file, file + " holds no intact checkpoint");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        channel.truncate(intactBytes);
        channel.position(intactBytes);
        return new Journal(file, channel, last);
    }

    /** The last checkpoint read on resume, or null for a new journal. */
    Checkpoint last() {
        return last;
    }

    /** Appends a checkpoint and syncs it. */
    void append(Checkpoint checkpoint) throws IOException {
        appendLine(checkpoint.toLine());
    }

    /** Deletes the journal: the run is complete. */
    void delete() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void appendLine(String text) throws IOException {
        String line = text + CRC + String.format("%08x", crc(text)) + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(true);
    }

    /** The line without its checksum when the checksum holds, else null. */
    private static String intact(String line) {
        int at = line.lastIndexOf(CRC);
        if (at < 0) {
            return null;
        }
        String text = line.substring(0, at);
        String stored = line.substring(at + CRC.length());
        return stored.equals(String.format("%08x", crc(text))) ? text : null;
    }

    private static int crc(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
