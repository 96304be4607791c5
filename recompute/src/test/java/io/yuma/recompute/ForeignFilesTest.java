package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run touches and claims only its own files in the output directory: files whose names merely
 * start like a replay state file ({@code state.py}, {@code state.txt}) are neither deleted when
 * replacing nor taken for an earlier run's outputs.
 */
class ForeignFilesTest {

    @TempDir
    Path dir;

    private static final List<String> FOREIGN = List.of("state.py", "state.txt", "state.", "state.12.bak",
            "state.x.partial");

    private void writeForeign(Path out) throws IOException {
        Files.createDirectories(out);
        for (String name : FOREIGN) {
            Files.writeString(out.resolve(name), "not yours: " + name);
        }
    }

    private void assertForeignUntouched(Path out) throws IOException {
        for (String name : FOREIGN) {
            assertEquals("not yours: " + name, Files.readString(out.resolve(name)), name);
        }
    }

    @Test
    void replacingDeletesOnlyTheRunsOwnStateFiles() throws IOException {
        Path out = dir.resolve("out");
        writeForeign(out);
        Files.writeString(out.resolve("state.7"), "an earlier run's state");
        Files.writeString(out.resolve("state.8" + PartialFile.SUFFIX), "an earlier run's partial state");

        new RunDirectory(out).clear(true);

        assertForeignUntouched(out);
        assertFalse(Files.exists(out.resolve("state.7")));
        assertFalse(Files.exists(out.resolve("state.8" + PartialFile.SUFFIX)));
    }

    @Test
    void foreignFilesAreNotTakenForAnEarlierRunsOutputs() throws IOException {
        Path out = dir.resolve("out");
        writeForeign(out);
        new RunDirectory(out).clear(false); // nothing of a run is there: no refusal

        Files.writeString(out.resolve("state.3"), "an earlier run's state");
        OutputExistsException refused = assertThrows(OutputExistsException.class,
                () -> new RunDirectory(out).clear(false));
        assertEquals(out.resolve("state.3"), refused.found());
    }

    @Test
    void aCompletedRunLeavesForeignFilesAsTheyWere() throws IOException {
        Path archive = dir.resolve("history.yhist");
        Synthesizer.synthesize(TestHistories.sequence("sequence-n64-e30-190002"), archive, 2, 6, true, false);
        Path out = dir.resolve("out");
        writeForeign(out);
        TestHistories.run(ResumeTest.options(archive, out, false), "reference");
        assertForeignUntouched(out);

        RecomputeOptions replace = new RecomputeOptions(RecomputeMode.REPLAY, List.of(archive), out, true, true, true,
                Overrides.none(), 3, 32, false, RecomputeOptions.Existing.REPLACE, java.time.Duration.ZERO);
        TestHistories.run(replace, "reference");
        assertForeignUntouched(out);
    }
}
