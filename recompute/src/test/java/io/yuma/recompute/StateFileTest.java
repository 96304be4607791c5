package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.api.SparseMatrix;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay's saved state keeps both kinds of history, and a state file from before subnets is still read. */
class StateFileTest {
    @TempDir
    Path dir;

    private static final Carry.State SINGLE = new Carry.State(12, new boolean[] {true, false},
            List.of(SparseMatrix.ofU16("bonds", new int[] {0, 1, 1}, new int[] {1}, new long[] {77})), false);
    private static final Carry.State SUBNET = new Carry.State(3, new boolean[] {false, true}, List.of(
            SparseMatrix.empty(2),
            SparseMatrix.ofU16("bonds", new int[] {0, 2, 2}, new int[] {0, 1}, new long[] {1, 65535}),
            SparseMatrix.ofU16("bonds", new int[] {0, 0, 1}, new int[] {0}, new long[] {9})), true);

    @Test
    void singleAndSubnetStatesSurviveAWriteAndARead() throws IOException {
        StateFile.write(dir, 4, Map.of("single", SINGLE, "subnet", SUBNET));
        Map<String, Carry.State> read = StateFile.read(dir, 4);
        assertEquals(2, read.size());
        assertSameState(SINGLE, read.get("single"));
        assertSameState(SUBNET, read.get("subnet"));
    }

    @Test
    void aStateFileWithoutTheSubnetSectionReadsAsOneWithoutSubnets() throws IOException {
        StateFile.write(dir, 1, Map.of("single", SINGLE));
        byte[] current = Files.readAllBytes(StateFile.path(dir, 1));
        // The earlier layout ends after the single-mechanism states: the subnet count (0) before
        // the checksum is left out, and the checksum takes its place.
        byte[] earlier = Arrays.copyOf(current, current.length - 4);
        ByteBuffer tail = ByteBuffer.wrap(earlier).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, tail.getInt(earlier.length - 4), "the subnet count");
        CRC32C crc = new CRC32C();
        crc.update(earlier, 0, earlier.length - 4);
        tail.putInt(earlier.length - 4, (int) crc.getValue());
        Files.write(StateFile.path(dir, 2), earlier);
        Map<String, Carry.State> read = StateFile.read(dir, 2);
        assertEquals(1, read.size());
        assertSameState(SINGLE, read.get("single"));
    }

    private static void assertSameState(Carry.State expected, Carry.State actual) {
        assertEquals(expected.epoch(), actual.epoch());
        assertArrayEquals(expected.permits(), actual.permits());
        assertEquals(expected.bonds(), actual.bonds());
        assertEquals(expected.subnet(), actual.subnet());
    }
}
