package io.yuma.cuda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the host programs of src/test/cpp with g++ (from the kernel headers in
 * src/main/resources/kernels) into target/host-build, again only when a source is newer. Tests
 * that need them are skipped, with the reason, where there is no g++.
 */
final class HostBuild {
    static final Path KERNELS = Path.of("src/main/resources/kernels");
    private static final Path SOURCES = Path.of("src/test/cpp");
    private static final Path OUT = Path.of("target/host-build");

    private HostBuild() {
    }

    /** The kernel emulator, built if needed; skips the calling test when g++ is missing. */
    static Path emulator() {
        return program("yuma_emulator");
    }

    /** A program of src/test/cpp ({@code name}.cpp), built if needed. */
    static synchronized Path program(String name) {
        String compiler = System.getProperty("yuma.cuda.cxx", "g++");
        assumeTrue(onPath(compiler), () -> "no " + compiler + " on the PATH: the kernels' host build is skipped");
        Path source = SOURCES.resolve(name + ".cpp");
        Path binary = OUT.resolve(name).toAbsolutePath();
        try {
            if (!Files.exists(binary) || newestSource(source).compareTo(Files.getLastModifiedTime(binary)) > 0) {
                Files.createDirectories(OUT);
                List<String> command = new ArrayList<>(List.of(compiler, "-std=c++20", "-O2", "-Wall", "-Wextra", "-Werror",
                        "-pthread", "-o", binary.toString(), source.toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
                }
            }
            return binary;
        } catch (IOException e) {
            throw new IllegalStateException("cannot build " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted building " + name, e);
        }
    }

    private static FileTime newestSource(Path source) throws IOException {
        FileTime newest = Files.getLastModifiedTime(source);
        try (Stream<Path> kernels = Files.list(KERNELS)) {
            for (Path file : kernels.toList()) {
                FileTime time = Files.getLastModifiedTime(file);
                if (time.compareTo(newest) > 0) {
                    newest = time;
                }
            }
        }
        return newest;
    }

    private static boolean onPath(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
