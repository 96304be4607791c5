package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails for want of space names the file it was writing. */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void noSpaceLeftNamesTheFile() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full, where every write fails with ENOSPC");
        Path target = dir.resolve(Outputs.RESULTS_CSV);
        Path partial = PartialFile.partialOf(target);
        Files.createSymbolicLink(partial, full);
        PartialFile file = PartialFile.create(target);
        try {
            file.write(new byte[100]);
            IOException error = assertThrows(IOException.class, file::sync);
            assertEquals(partial + ": No space left on device", error.getMessage());
        } finally {
            file.discard();
        }
    }
}
