package io.yuma.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory written whole or not at all: files go into a hidden sibling
 * {@code .NAME.partial}, which is renamed to {@code NAME} only once every file is complete, so
 * an error or a kill never leaves a half-written result under the final name.
 */
final class OutputDirectory {
    private final Path target;
    private final Path partial;

    private OutputDirectory(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /** Starts writing {@code target}; refuses an existing one unless {@code replace}. */
    static OutputDirectory start(Path target, boolean replace) throws IOException {
        if (Files.exists(target) && !replace) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "already exists: give --force to replace it, or another output directory");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        return new OutputDirectory(target, partial);
    }

    /** Where a file of the output is written until {@link #commit}. */
    Path file(String name) {
        return partial.resolve(name);
    }

    /** Moves the finished directory into place, replacing what was there. */
    Path commit() throws IOException {
        deleteTree(target);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Removes what was written: called when writing failed. */
    void abandon() {
        try {
            deleteTree(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the partial output " + partial, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
