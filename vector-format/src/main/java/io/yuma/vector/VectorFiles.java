package io.yuma.vector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds vector files: {@code *.json} and {@code *.json.gz} under directories, searched recursively. */
public final class VectorFiles {
    private VectorFiles() {
    }

    /**
     * The vector files named by {@code paths}: a file is taken as it is, whatever its name; a
     * directory contributes every {@code *.json} and {@code *.json.gz} below it, in path order.
     * A file named twice is listed once.
     *
     * @param paths files and directories
     * @return the vector files, in the order found
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException when a directory cannot be read
     */
    public static List<Path> find(List<Path> paths) throws IOException {
        Set<Path> found = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.filter(Files::isRegularFile).filter(VectorFiles::isVectorName).sorted().forEach(found::add);
                }
            } else if (Files.exists(path)) {
                found.add(path);
            } else {
                throw new NoSuchFileException(path.toString());
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean isVectorName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".json.gz");
    }
}
