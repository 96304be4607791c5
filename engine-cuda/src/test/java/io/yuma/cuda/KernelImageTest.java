package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PTX kept in the repository matches the kernel sources: built from exactly the .cu/.cuh
 * files there, as they are now. Fails after a kernel edit until the PTX is rebuilt
 * (engine-cuda/src/build/compile-ptx.sh ... --require, see there), so a machine without nvcc
 * never runs PTX of older sources.
 */
class KernelImageTest {
    private static final Path KEPT_PTX = HostBuild.KERNELS.resolve("yuma_epoch.ptx");

    @Test
    void keptPtxRecordsTheHashOfTheSourcesAsTheyAreNow() throws IOException {
        String header = Files.readAllLines(KEPT_PTX).get(0);
        assertTrue(header.startsWith(KernelImage.HEADER), "first line of " + KEPT_PTX + ": " + header);
        List<String> recordedFiles = List.of(field(header, "files=").split(","));
        assertEquals(sourceFiles(), recordedFiles, "the PTX was built from another set of kernel files; rebuild it");
        assertEquals(KernelImage.sourcesHash(recordedFiles), field(header, "sha256="),
                "the kernel sources changed since the kept PTX was built; rebuild it with"
                        + " engine-cuda/src/build/compile-ptx.sh engine-cuda/src/main/resources/kernels"
                        + " engine-cuda/src/main/resources/kernels/yuma_epoch.ptx --require");
    }

    @Test
    void ptxOnTheClassPathLoadsAndHasTheEntryPoint() throws IOException {
        KernelImage image = KernelImage.load(); // checks the hash of whatever PTX the build put there
        assertEquals(sourceFiles(), image.files());
        String ptx = new String(image.nulTerminated(), java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(ptx.contains(".entry " + KernelImage.ENTRY + "("), "PTX has the kernel entry point");
        assertEquals(0, image.nulTerminated()[image.nulTerminated().length - 1]);
    }

    /** The kernel sources on disk, sorted by name as compile-ptx.sh sorts them (C locale). */
    static List<String> sourceFiles() throws IOException {
        try (Stream<Path> files = Files.list(HostBuild.KERNELS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cu") || n.endsWith(".cuh"))
                    .sorted().toList();
        }
    }

    private static String field(String line, String key) {
        int at = line.indexOf(key) + key.length();
        int end = line.indexOf(' ', at);
        return line.substring(at, end < 0 ? line.length() : end);
    }
}
