package io.yuma.chain.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yuma.chain.metadata.RuntimeMetadata;
import io.yuma.chain.scale.Hex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The responses of a real Bittensor node recorded in {@code shared/chain/recorded} (see its
 * README), found in a {@code shared} folder beside the repository or above it; tests that need
 * them skip, saying why, when they are absent.
 */
public final class Recorded {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOLDER = "shared/chain/recorded";

    private Recorded() {
    }

    /** {@return the folder of the recorded data; the calling test is skipped when there is none} */
    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isRegularFile(candidate.resolve("responses.jsonl.gz"))) {
                return candidate;
            }
        }
        assumeTrue(false, "no " + FOLDER + "/responses.jsonl.gz in the working directory or above it:"
                + " the recorded real-node data is not checked out here");
        throw new AssertionError("unreachable");
    }

    /** {@return the bytes of {@code state_getMetadata} (V14)} */
    public static byte[] metadataV14Bytes() {
        return Hex.decode(gunzipText(folder().resolve("metadata-v14.hex.gz")).strip());
    }

    /** {@return the answer of {@code Metadata_metadata_at_version(15)}} */
    public static byte[] metadataAtVersion15Bytes() {
        return Hex.decode(gunzipText(folder().resolve("metadata-at-version-15.hex.gz")).strip());
    }

    /** {@return the V14 metadata, parsed} */
    public static RuntimeMetadata metadataV14() {
        return RuntimeMetadata.parse(metadataV14Bytes());
    }

    /** {@return every recorded call: objects with {@code test}, {@code method}, {@code params}, {@code result}} */
    public static List<JsonNode> responses() {
        List<JsonNode> calls = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(folder().resolve("responses.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                calls.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return calls;
    }

    private static String gunzipText(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
