package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File failures worded for one line: the missing directory named, never a Java class name. */
class IoProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aFileWhoseDirectoryIsMissingNamesTheDirectory() {
        Path target = dir.resolve("missing").resolve("out.yhist.partial");
        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> Files.createFile(target));
        assertEquals("no such directory: " + target.getParent() + ", where " + target + " would be written",
                IoProblems.describe(error));
    }

    @Test
    void aMissingFileInAnExistingDirectoryNamesTheFile() {
        Path file = dir.resolve("absent.json");
        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> Files.readAllBytes(file));
        assertEquals("no such file: " + file, IoProblems.describe(error));
    }

    @Test
    void anyOtherFailureIsItsMessageOnOneLine() {
        assertEquals("disk on fire: really", IoProblems.describe(new IOException("disk on fire:\n  really")));
        assertEquals("IOException", IoProblems.describe(new IOException()));
    }
}
