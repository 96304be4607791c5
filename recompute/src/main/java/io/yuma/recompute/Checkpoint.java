package io.yuma.recompute;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A point a run can continue from: every chunk up to {@code position} is written to the outputs
 * (whose lengths are recorded) and synced, and replay's state is saved as {@code state.SEQ}.
 *
 * @param seq the checkpoint's number, from 0 (the empty start) up
 * @param position where reading continues
 * @param done true when every record is written and only committing the outputs is left
 * @param lengths byte length of each output's partial file, by file name
 * @param counts the run's counts ({@link Tally#asMap})
 */
record Checkpoint(long seq, Histories.Position position, boolean done, Map<String, Long> lengths,
        Map<String, Long> counts) {
    /** Copies the maps, keeping their order. */
    Checkpoint {
        lengths = new LinkedHashMap<>(lengths);
        counts = new LinkedHashMap<>(counts);
    }

    /** The journal line: {@code checkpoint seq=.. source=.. token=.. done=.. FILE=LENGTH.. COUNT=VALUE..}. */
    String toLine() {
        StringBuilder line = new StringBuilder("checkpoint seq=").append(seq)
                .append(" source=").append(position.source()).append(" token=").append(position.token())
                .append(" done=").append(done ? 1 : 0);
        lengths.forEach((file, length) -> line.append(" file:").append(file).append('=').append(length));
        counts.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        return line.toString();
    }

    /**
     * Parses {@link #toLine}'s text.
     *
     * @throws IllegalArgumentException when the line is not a checkpoint
     */
    static Checkpoint parse(String line) {
        String[] words = line.split(" ");
        if (words.length < 5 || !words[0].equals("checkpoint")) {
            throw new IllegalArgumentException("not a checkpoint line: " + line);
        }
        Map<String, Long> values = new LinkedHashMap<>();
        Map<String, Long> lengths = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a key=value pair: " + words[i]);
            }
            String key = words[i].substring(0, eq);
            long value = Long.parseLong(words[i].substring(eq + 1));
            if (key.startsWith("file:")) {
                lengths.put(key.substring("file:".length()), value);
            } else {
                values.put(key, value);
            }
        }
        long seq = take(values, "seq");
        Histories.Position position = new Histories.Position(Math.toIntExact(take(values, "source")),
                take(values, "token"));
        boolean done = take(values, "done") == 1;
        Tally.of(values); // checks every count is there
        return new Checkpoint(seq, position, done, lengths, values);
    }

    private static long take(Map<String, Long> values, String key) {
        Long value = values.remove(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value;
    }
}
