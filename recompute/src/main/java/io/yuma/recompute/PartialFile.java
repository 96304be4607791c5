package io.yuma.recompute;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output file written as {@code NAME.partial} beside its final name and moved into place only
 * when complete ({@link #commit}), so a crash or kill never leaves a file under the final name
 * that looks complete but is not. {@link #sync} makes what was written durable; {@link #resume}
 * reopens a partial file at a length a checkpoint recorded, dropping whatever came after.
 * Not thread-safe.
 */
final class PartialFile implements Closeable {
    /** The suffix of a file still being written. */
    static final String SUFFIX = ".partial";
    private static final int BUFFER_BYTES = 1 << 18;

    private final Path target;
    private final Path partial;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    private long written;

    private PartialFile(Path target, FileChannel channel, long written) {
        this.target = target;
        this.partial = partialOf(target);
        this.channel = channel;
        this.written = written;
    }

    /** {@code target}'s partial file: {@code target} with {@link #SUFFIX} appended. */
    static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + SUFFIX);
    }

    /** Starts {@code target} afresh: an empty partial file, replacing any left from before. */
    static PartialFile create(Path target) throws IOException {
        FileChannel channel = FileChannel.open(partialOf(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new PartialFile(target, channel, 0);
    }

    /**
     * Reopens {@code target}'s partial file to continue after a checkpoint: bytes past
     * {@code length} (written after the checkpoint) are cut off.
     *
     * @throws java.nio.file.NoSuchFileException when the partial file is missing
     * @throws ResumeException when it is shorter than {@code length}
     */
    static PartialFile resume(Path target, long length) throws IOException {
        Path partial = partialOf(target);
        FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
        try {
            if (channel.size() < length) {
                throw new ResumeException(ResumeException.Kind.DAMAGED, partial, partial + " holds " + channel.size()
                        + " bytes, fewer than the " + length + " its checkpoint recorded: it was changed since");
            }
            channel.truncate(length);
            channel.position(length);
            return new PartialFile(target, channel, length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The final name. */
    Path target() {
        return target;
    }

    /** Bytes written so far, buffered ones included. */
    long length() {
        return written;
    }

    void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        written += length;
        while (length > 0) {
            if (!buffer.hasRemaining()) {
                drain();
            }
            int now = Math.min(length, buffer.remaining());
            buffer.put(bytes, offset, now);
            offset += now;
            length -= now;
        }
    }

    /** Writes the buffered bytes and forces everything written to the device. */
    void sync() throws IOException {
        drain();
        try {
            channel.force(true);
        } catch (IOException e) {
            throw naming(e);
        }
    }

    /** Syncs, closes and moves the file to its final name, replacing any file there. */
    void commit() throws IOException {
        sync();
        channel.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** Closes and deletes the partial file: for writes that cannot be resumed, after a failure. */
    void discard() throws IOException {
        channel.close();
        Files.deleteIfExists(partial);
    }

    /** Writes what is buffered and closes, leaving the partial file for a later resume. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            try {
                drain();
            } finally {
                channel.close();
            }
        }
    }

    /**
     * Forces a directory's entries (a rename, a new file) to the device, where the platform
     * allows opening a directory; elsewhere the rename is as durable as the file system makes it.
     */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException e) {
            // Windows cannot open a directory as a channel; its renames are durable once done.
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw naming(e);
        }
        buffer.clear();
    }

    /**
     * The error with the partial file's path in its message: a channel's own errors ("No space
     * left on device") name no file. One that names its file already is returned as it is.
     */
    private IOException naming(IOException error) {
        return error instanceof java.nio.file.FileSystemException ? error
                : new IOException(partial + ": " + error.getMessage(), error);
    }
}
