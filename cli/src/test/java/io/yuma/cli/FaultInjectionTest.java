package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that writes files or standard output, made to fail where the system can fail it:
 * standard output full or closed, a read-only destination, a destination whose parent is
 * missing, a full disk. Each case checks what RECOMPUTE.md's table "When writing fails" promises:
 * exit status 2, exactly one line on stderr naming what failed, and no file touched but the
 * command's own. Killing a recompute at each commit step is {@code KillAtEachStepTest}'s.
 */
class FaultInjectionTest {
    /** Surefire runs tests from the module directory. */
    private static final Path VECTORS = Path.of("..", "vector-format", "vectors");
    private static final Path VECTOR = VECTORS.resolve("edge-mav1-n4-170413.json.gz");
    private static final Path SEQUENCE = VECTORS.resolve("sequence-chaintest-yuma3-liquid-alpha-disabled.json.gz");
    /** 30 epochs of 64 uids: outputs of a few hundred KiB. */
    private static final Path BIG_SEQUENCE = VECTORS.resolve("sequence-n64-e30-190002.json.gz");
    /** sysfs refuses new files to everyone, root included, where permission bits do not stop root. */
    private static final Path READ_ONLY = Path.of("/sys");
    private static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path dir;

    /** What the sandbox holds, file by file: size and modification time. */
    private Map<Path, String> snapshot() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            Map<Path, String> state = new TreeMap<>();
            for (Path file : files.toList()) {
                FileTime modified = Files.getLastModifiedTime(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                long size = Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : -1;
                state.put(dir.relativize(file), size + "@" + modified.toMillis());
            }
            return state;
        }
    }

    /** The paths added, removed or changed between two snapshots. */
    private static Set<Path> touched(Map<Path, String> before, Map<Path, String> after) {
        Set<Path> changed = new java.util.TreeSet<>();
        before.forEach((path, state) -> {
            if (!state.equals(after.get(path))) {
                changed.add(path);
            }
        });
        after.keySet().stream().filter(path -> !before.containsKey(path)).forEach(changed::add);
        changed.remove(Path.of(""));
        return changed;
    }

    private static void assertOneErrorLine(CliRun outcome, String... named) {
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals(1, outcome.errLines().size(), "exactly one line on stderr: " + outcome.err());
        for (String name : named) {
            assertTrue(outcome.err().contains(name), "the line names " + name + ": " + outcome.err());
        }
    }

    /** Each command that writes to standard output, with arguments that make it write. */
    static Stream<List<String>> stdoutCommands() {
        return Stream.of(
                List.of("run", VECTOR.toString()),
                List.of("conform", "--engine", "reference", VECTOR.toString()),
                List.of("engines"),
                List.of("recompute", "audit", "--engine", "reference", "--progress", "none", "-o", "OUT", VECTOR.toString()),
                List.of("recompute", "replay", "--engine", "reference", "--progress", "none", "-o", "OUT",
                        SEQUENCE.toString()),
                List.of("recompute", "convert", "-o", "OUT/history.yhist", SEQUENCE.toString()),
                List.of("recompute", "synth", "--subnets", "2", "--epochs", "3", "-o", "OUT/synth.yhist",
                        SEQUENCE.toString()));
    }

    @ParameterizedTest
    @MethodSource("stdoutCommands")
    void standardOutputThatFailsIsOneLineAndExitTwo(List<String> command) throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Map<Path, String> before = snapshot();
        CliRun outcome = CliRun.yumaWithFailingStdout(withOut(command, out));
        assertOneErrorLine(outcome, "standard output");
        for (Path path : touched(before, snapshot())) {
            assertTrue(path.startsWith("out"), "only the command's own output is touched, not " + path);
        }
    }

    @ParameterizedTest
    @MethodSource("fileCommands")
    void aReadOnlyDestinationIsOneLineNamingIt(List<String> command) throws IOException {
        assumeTrue(Files.isDirectory(READ_ONLY) && !Files.isWritable(READ_ONLY.resolve("yuma-test"))
                && !canCreate(READ_ONLY), "needs a read-only /sys, where even root cannot create a file");
        Path target = READ_ONLY.resolve("yuma-fault-test");
        CliRun outcome = yuma(withOut(command, target));
        assertOneErrorLine(outcome, target.toString());
        assertTrue(Files.notExists(target), target + " must not exist after the failure");
    }

    @ParameterizedTest
    @MethodSource("fileCommands")
    void aReadOnlyDirectoryByPermissionsIsOneLineNamingIt(List<String> command) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(canCreate(locked), "running as root, who writes through a directory's permission bits:"
                    + " aReadOnlyDestinationIsOneLineNamingIt covers this with /sys");
            Map<Path, String> before = snapshot();
            CliRun outcome = yuma(withOut(command, locked.resolve("out")));
            assertOneErrorLine(outcome, locked.toString());
            assertEquals(Set.of(), touched(before, snapshot()));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Each command that writes files, {@code OUT} standing for its destination. */
    static Stream<List<String>> fileCommands() {
        return Stream.of(
                List.of("recompute", "audit", "--engine", "reference", "--progress", "none", "-o", "OUT", VECTOR.toString()),
                List.of("recompute", "replay", "--engine", "reference", "--progress", "none", "-o", "OUT",
                        SEQUENCE.toString()),
                List.of("recompute", "convert", "-o", "OUT.yhist", SEQUENCE.toString()),
                List.of("recompute", "convert", "-o", "OUT", SEQUENCE.toString()),
                List.of("recompute", "synth", "--subnets", "2", "--epochs", "3", "-o", "OUT.yhist", SEQUENCE.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "synth"})
    void anArchiveWhoseDirectoryIsMissingIsOneLineNamingIt(String mode) throws IOException {
        Path target = dir.resolve("missing").resolve("history.yhist");
        Map<Path, String> before = snapshot();
        CliRun outcome = yuma(archiveCommand(mode, target));
        assertOneErrorLine(outcome, target.toString());
        assertEquals(Set.of(), touched(before, snapshot()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "replay"})
    void aRunDirectoryWhoseParentIsMissingIsCreated(String mode) throws IOException {
        Path out = dir.resolve("missing").resolve("deeper").resolve("run");
        CliRun outcome = yuma("recompute", mode, "--engine", "reference", "--progress", "none", "-o", out.toString(),
                SEQUENCE.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "synth"})
    void aFullDiskUnderAnArchiveIsOneLineNamingItsPartialFile(String mode) throws IOException {
        assumeTrue(Files.isWritable(FULL), "needs /dev/full, where every write fails with ENOSPC");
        Path target = dir.resolve("history.yhist");
        Path partial = dir.resolve("history.yhist.partial");
        Files.createSymbolicLink(partial, FULL);
        Map<Path, String> before = snapshot();
        CliRun outcome = yuma(archiveCommand(mode, target));
        assertOneErrorLine(outcome, partial.toString(), "No space left on device");
        assertTrue(Files.notExists(target), "no archive may look complete");
        for (Path path : touched(before, snapshot())) {
            assertEquals(dir.relativize(partial), path, "only the archive's own partial file is touched");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "replay"})
    void aFullDiskUnderARunIsOneLineNamingTheFileAndResumesOnceThereIsRoom(String mode) throws Exception {
        Path small = Files.createDirectory(dir.resolve("small"));
        assumeTrue(mount(small, "size=64k"), "needs to mount a 64 KiB tmpfs (root with CAP_SYS_ADMIN), the one"
                + " way to fill a run directory's disk whatever file the run writes");
        try {
            Path out = small.resolve("run");
            List<String> command = List.of("recompute", mode, "--engine", "reference", "--progress", "none",
                    "--checkpoint-interval", "0", "-o", out.toString(), BIG_SEQUENCE.toString());
            CliRun outcome = yuma(command.toArray(String[]::new));
            assertOneErrorLine(outcome, out.toString(), "No space left on device");
            assertTrue(Files.notExists(out.resolve("summary.json")), "no run may look complete");

            assertTrue(mount(small, "remount,size=64m"), "growing the tmpfs");
            List<String> resume = new ArrayList<>(command);
            resume.add(2, "--resume");
            CliRun resumed = yuma(resume.toArray(String[]::new));
            assertTrue(resumed.status() != ExitCodes.ERROR, resumed.err());
            assertTrue(Files.exists(out.resolve("summary.json")), "the resumed run completes");
        } finally {
            new ProcessBuilder("umount", small.toString()).inheritIO().start().waitFor();
        }
    }

    /** Mounts (or, with {@code remount,...}, changes) a tmpfs at {@code at}; false where the system refuses. */
    private static boolean mount(Path at, String options) throws IOException, InterruptedException {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        mount.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return mount.waitFor() == 0;
    }

    /**
     * The commands whose output is mostly standard output, run in a child JVM whose real standard
     * output is /dev/full (the others are checked in-process above; each child costs a JVM start).
     */
    static Stream<List<String>> stdoutFirstCommands() {
        return stdoutCommands().limit(3);
    }

    @ParameterizedTest
    @MethodSource("stdoutFirstCommands")
    void aRealFullStandardOutputIsOneLineAndExitTwo(List<String> command) throws Exception {
        assumeTrue(Files.isWritable(FULL), "needs /dev/full, where every write fails with ENOSPC");
        Path out = Files.createDirectory(dir.resolve("out"));
        Process yuma = child(List.of(withOut(command, out))).redirectOutput(FULL.toFile()).start();
        String err = stderr(yuma);
        assertTrue(yuma.waitFor(120, TimeUnit.SECONDS), "yuma did not end");
        assertNotEquals(0, yuma.exitValue(), err);
        assertOneErrorLine(new CliRun(yuma.exitValue(), "", err), "standard output");
    }

    @Test
    void aClosedStandardOutputIsOneLineAndExitTwo() throws Exception {
        Process yuma = child(List.of("run", SEQUENCE.toString())).start();
        yuma.getInputStream().close(); // the reader went away, as `yuma run ... | head -c0` does
        String err = stderr(yuma);
        assertTrue(yuma.waitFor(120, TimeUnit.SECONDS), "yuma did not end");
        assertOneErrorLine(new CliRun(yuma.exitValue(), "", err), "standard output");
    }

    /** The child's stderr without the JVM's incubator-module notice, which ./yuma filters out too. */
    private static String stderr(Process yuma) throws IOException {
        return new String(yuma.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.equals("WARNING: Using incubator modules: jdk.incubator.vector"))
                .map(line -> line + System.lineSeparator()).reduce("", String::concat);
    }

    /** {@code yuma recompute convert} or {@code synth} of the small sequence into the archive {@code target}. */
    private static String[] archiveCommand(String mode, Path target) {
        List<String> command = mode.equals("convert")
                ? List.of("recompute", "convert", "-o", target.toString(), SEQUENCE.toString())
                : List.of("recompute", "synth", "--subnets", "2", "--epochs", "3", "-o", target.toString(),
                        SEQUENCE.toString());
        return command.toArray(String[]::new);
    }

    /** {@code yuma ARGS} in a child JVM on this one's class path, as ./yuma starts it. */
    private static ProcessBuilder child(List<String> args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), YumaCli.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /** The command with {@code OUT} replaced by {@code out} (and {@code OUT/x} by {@code out/x}). */
    private static String[] withOut(List<String> command, Path out) {
        return command.stream().map(arg -> arg.startsWith("OUT") ? out + arg.substring(3) : arg)
                .toArray(String[]::new);
    }

    /** Whether a file can be created in {@code directory} (false for a read-only one, unless root). */
    private static boolean canCreate(Path directory) {
        try {
            Path probe = Files.createTempFile(directory, "probe", null);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
