package io.yuma.cuda.device;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The markdown report of a device run, echoed to stdout as it grows and rewritten after each section. */
final class Report {
    private final Path file;
    private final List<String> lines = new ArrayList<>();

    /**
     * An empty report.
     *
     * @param file where {@link #flush()} writes it
     */
    Report(Path file) {
        this.file = file;
    }

    /**
     * Appends a line and echoes it to stdout.
     *
     * @param text the markdown line
     */
    void line(String text) {
        lines.add(text);
        System.out.println(text);
    }

    /**
     * Starts a section.
     *
     * @param title the heading, without its {@code ##}
     */
    void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    /**
     * Writes what there is so far (a run cut short still leaves its sections).
     *
     * @throws IOException when the file cannot be written
     */
    void flush() throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
