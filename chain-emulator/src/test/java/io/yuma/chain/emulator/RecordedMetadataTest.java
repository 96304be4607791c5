package io.yuma.chain.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Holds the emulator's storage layout to the real runtime's: the metadata a real Bittensor node
 * served (spec 343, ../shared/chain/recorded) must declare every item the emulator serves that
 * existed then with the same modifier, hashers and key and value shapes. Items newer than 343
 * are listed here and in README.md; a misspelt name would show up as one more.
 */
class RecordedMetadataTest {
    private static final String RECORDED = "shared/chain/recorded/metadata-v14.hex.gz";

    /** Items of spec 425 that runtime 343 does not declare (README.md, "Newer than spec 343"). */
    static final Set<String> NEWER_THAN_343 = Set.of("ActivityCutoffFactorMilli", "LastEpochBlock", "PendingEpochAt",
            "SubnetEpochIndex", "MaxEpochsPerBlock");

    @Test
    void everyItemThatRuntime343DeclaresHasTheSameLayout() throws IOException {
        Path recorded = find();
        assumeTrue(recorded != null, "skipped: no " + RECORDED + " in " + Path.of("").toAbsolutePath()
                + " or a folder above it (the recorded real-node data lives in the shared folder beside the checkout)");
        Map<String, MetadataShapes.Entry> real = MetadataShapes.storage(read(recorded), SubtensorStorage.PALLET);
        Map<String, MetadataShapes.Entry> ours = MetadataShapes.storage(MetadataV14Writer.write(new SubtensorStorage()),
                SubtensorStorage.PALLET);
        Set<String> newer = new TreeSet<>();
        List<String> differences = new ArrayList<>();
        ours.forEach((name, entry) -> {
            MetadataShapes.Entry theirs = real.get(name);
            if (theirs == null) {
                newer.add(name);
            } else if (!theirs.equals(entry)) {
                differences.add(name + ": spec 343 " + theirs + ", emulator " + entry);
            }
        });
        System.out.println("emulator items newer than spec 343: " + newer);
        assertEquals(List.of(), differences, "items laid out unlike the real runtime");
        assertEquals(new TreeSet<>(NEWER_THAN_343), newer, "items absent from spec 343");
    }

    /** {@return the recorded metadata in the working folder or the nearest folder above holding it, or null} */
    private static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RECORDED))) {
                return dir.resolve(RECORDED);
            }
        }
        return null;
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            return HexFormat.of().parseHex(hex.startsWith("0x") ? hex.substring(2) : hex);
        }
    }
}
