package io.yuma.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The kernel's PTX as kept on the class path ({@code kernels/yuma_epoch.ptx}), built by
 * {@code src/build/compile-ptx.sh} from the {@code .cu}/{@code .cuh} sources next to it. Its first
 * line records which sources it was built from and their SHA-256; loading it recomputes that
 * hash from the sources on the class path and refuses a PTX built from other sources, so a
 * kernel edit can never run with stale PTX.
 */
final class KernelImage {
    /** The PTX resource. */
    static final String PTX_RESOURCE = "/kernels/yuma_epoch.ptx";
    /** The kernel's entry point. */
    static final String ENTRY = "yuma_epoch";
    /** How the PTX's first line begins; then {@code sha256=HEX files=A,B,...}. */
    static final String HEADER = "// yuma-kernel-sources ";

    private final byte[] ptx;
    private final String sha256;
    private final List<String> files;

    private KernelImage(byte[] ptx, String sha256, List<String> files) {
        this.ptx = ptx;
        this.sha256 = sha256;
        this.files = files;
    }

    /**
     * Reads the PTX and checks it against the kernel sources beside it.
     *
     * @throws IllegalStateException when the PTX is missing, has no header, or was built from other sources
     */
    static KernelImage load() {
        byte[] ptx = resource(PTX_RESOURCE);
        String text = new String(ptx, StandardCharsets.US_ASCII);
        String first = text.lines().findFirst().orElse("");
        if (!first.startsWith(HEADER)) {
            throw new IllegalStateException(PTX_RESOURCE + " has no '" + HEADER.strip() + "' line: it was not built by"
                    + " engine-cuda/src/build/compile-ptx.sh");
        }
        String recorded = field(first, "sha256=");
        List<String> files = Arrays.asList(field(first, "files=").split(","));
        String actual = sourcesHash(files);
        if (!actual.equals(recorded)) {
            throw new IllegalStateException(PTX_RESOURCE + " was built from other kernel sources (recorded sha256 "
                    + recorded + ", sources now " + actual + "); rebuild it with engine-cuda/src/build/compile-ptx.sh");
        }
        return new KernelImage(ptx, recorded, List.copyOf(files));
    }

    /**
     * SHA-256 over the named kernel sources, in the given order: for each, its name, a newline,
     * its length in bytes, a newline, its bytes (compile-ptx.sh hashes the same stream).
     */
    static String sourcesHash(List<String> names) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                byte[] bytes = resource("/kernels/" + name);
                digest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** The PTX text followed by the NUL that cuModuleLoadData expects. */
    byte[] nulTerminated() {
        return Arrays.copyOf(ptx, ptx.length + 1);
    }

    String sha256() {
        return sha256;
    }

    List<String> files() {
        return files;
    }

    private static String field(String line, String key) {
        int at = line.indexOf(key);
        if (at < 0) {
            throw new IllegalStateException(PTX_RESOURCE + "'s first line has no " + key + ": " + line);
        }
        int end = line.indexOf(' ', at);
        return line.substring(at + key.length(), end < 0 ? line.length() : end);
    }

    private static byte[] resource(String name) {
        try (InputStream in = KernelImage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("kernel resource " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kernel resource " + name, e);
        }
    }
}
