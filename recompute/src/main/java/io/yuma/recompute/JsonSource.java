package io.yuma.recompute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Vector files (FORMAT.md) as one record stream. Files are read in groups of {@code interleave}:
 * a group's unreadable files first (one bad record each), then its epochs round-robin (epoch 0 of
 * every file, then epoch 1, ...), so that consecutive records belong to different subnets and a
 * replay can compute them side by side. Memory holds one group. Position tokens count the
 * records returned or rejected.
 */
final class JsonSource implements RecordSource {
    private final List<Path> files;
    private final int interleave;
    private final long[] sizes;
    private final long totalBytes;
    private final ArrayDeque<Object> group = new ArrayDeque<>();
    private int nextFile;
    private long consumed;
    private long bytesBeforeGroup;
    private long groupBytes;
    private int groupItems;

    /**
     * @param files the vector files, in the order their groups are read
     * @param interleave how many files a group holds, at least 1
     */
    JsonSource(List<Path> files, int interleave) throws IOException {
        if (interleave < 1) {
            throw new IllegalArgumentException("interleave must be at least 1, was " + interleave);
        }
        this.files = List.copyOf(files);
        this.interleave = interleave;
        this.sizes = new long[files.size()];
        long total = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Files.size(files.get(i));
            total += sizes[i];
        }
        this.totalBytes = total;
    }

    @Override
    public HistoryRecord next() throws BadRecordException {
        while (group.isEmpty()) {
            if (nextFile >= files.size()) {
                return null;
            }
            loadGroup();
        }
        consumed++;
        Object item = group.poll();
        if (item instanceof BadRecordException bad) {
            throw bad;
        }
        return (HistoryRecord) item;
    }

    /** Reads the next group's files and queues their bad files, then their epochs round-robin. */
    private void loadGroup() {
        bytesBeforeGroup += groupBytes;
        groupBytes = 0;
        List<Iterator<HistoryRecord>> histories = new ArrayList<>();
        int end = Math.min(files.size(), nextFile + interleave);
        for (int f = nextFile; f < end; f++) {
            groupBytes += sizes[f];
            try {
                histories.add(JsonHistoryFile.read(files.get(f)).iterator());
            } catch (BadRecordException e) {
                group.add(e);
            }
        }
        nextFile = end;
        boolean any = true;
        while (any) {
            any = false;
            for (Iterator<HistoryRecord> history : histories) {
                if (history.hasNext()) {
                    group.add(history.next());
                    any = true;
                }
            }
        }
        groupItems = group.size();
    }

    @Override
    public long position() {
        return consumed;
    }

    /** Reads the files again up to {@code position}: their records are parsed, not computed. */
    @Override
    public void seek(long position) throws IOException {
        group.clear();
        nextFile = 0;
        consumed = 0;
        bytesBeforeGroup = 0;
        groupBytes = 0;
        while (consumed < position) {
            if (group.isEmpty()) {
                if (nextFile >= files.size()) {
                    throw new ResumeException(ResumeException.Kind.INPUTS_CHANGED, files.getLast(),
                            "cannot continue after record " + position + ": the vector files from " + files.getFirst()
                            + " to " + files.getLast() + " hold " + consumed + " records now");
                }
                loadGroup();
            }
            group.poll();
            consumed++;
        }
    }

    @Override
    public long bytesTotal() {
        return totalBytes;
    }

    @Override
    public long bytesDone() {
        if (groupItems == 0) {
            return bytesBeforeGroup + groupBytes;
        }
        return bytesBeforeGroup + groupBytes * (groupItems - group.size()) / groupItems;
    }

    @Override
    public void close() {
        group.clear();
    }
}
