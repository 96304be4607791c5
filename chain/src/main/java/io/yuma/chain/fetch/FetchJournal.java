package io.yuma.chain.fetch;

import io.yuma.chain.ChainException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The sidecar journal of a fetch, {@code FILE.journal} beside {@code FILE.partial}: a first line
 * naming the fetch (node, subnets, range), then a checkpoint line after the archive was synced:
 * the slots of the plan done, the records written and the archive's length then, each line with
 * its CRC-32C. A resume goes on from the last intact checkpoint; a torn last line is ignored.
 */
final class FetchJournal implements AutoCloseable {
    /** A checkpoint: the first {@code slots} of the plan are done, in {@code records} records ending at byte {@code length}. */
    record Checkpoint(long slots, long records, long length) {
    }

    private final FileChannel channel;

    private FetchJournal(FileChannel channel) {
        this.channel = channel;
    }

    static Path of(Path target) {
        return target.resolveSibling(target.getFileName() + ".journal");
    }

    /** Starts a journal for a fresh fetch, replacing any. */
    static FetchJournal create(Path target, String fetch) throws IOException {
        FileChannel channel = FileChannel.open(of(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        FetchJournal journal = new FetchJournal(channel);
        journal.append(fetch);
        return journal;
    }

    /**
     * The last intact checkpoint of an interrupted fetch.
     *
     * @throws ChainException when there is no journal, or it is of another fetch
     */
    static Checkpoint last(Path target, String fetch) throws IOException {
        Path file = of(target);
        if (!Files.exists(file)) {
            throw new ChainException("nothing to resume: " + file + " is missing");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !fetch.equals(intact(lines.getFirst()))) {
            throw new ChainException(file + " is the journal of another fetch ("
                    + (lines.isEmpty() ? "empty" : intact(lines.getFirst())) + "): give the same --url, --netuid, --from and --to, or --force to start over");
        }
        Checkpoint last = new Checkpoint(0, 0, -1);
        for (String line : lines.subList(1, lines.size())) {
            String body = intact(line);
            if (body == null) {
                break;
            }
            String[] parts = body.split(" ");
            last = new Checkpoint(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }
        return last;
    }

    /** Reopens the journal of an interrupted fetch to append to it. */
    static FetchJournal reopen(Path target) throws IOException {
        return new FetchJournal(FileChannel.open(of(target), StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    void checkpoint(Checkpoint checkpoint) throws IOException {
        append(checkpoint.slots() + " " + checkpoint.records() + " " + checkpoint.length());
    }

    private void append(String body) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((body + " " + crc(body) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(true);
    }

    private static String crc(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** The body of a line whose CRC matches, else null. */
    private static String intact(String line) {
        int space = line.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String body = line.substring(0, space);
        return crc(body).equals(line.substring(space + 1)) ? body : null;
    }

    static void delete(Path target) throws IOException {
        Files.deleteIfExists(of(target));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
