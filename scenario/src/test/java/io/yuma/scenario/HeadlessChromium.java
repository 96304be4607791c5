package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a report page in Debian's headless Chromium and checks what the page's script recorded in
 * the DOM once its charts drew: no script error, every chart drawn, every chart with values and
 * painted lines. Skips, saying why, where no {@code chromium} is installed.
 */
final class HeadlessChromium {
    private static final Pattern CHART = Pattern.compile("<div class=\"chart\"([^>]*)>");

    private HeadlessChromium() {
    }

    static Path binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Asserts the page drew {@code expectedCharts} charts, each with data and ink, without script errors. */
    static void assertRenders(Path page, int expectedCharts) throws IOException, InterruptedException {
        Path chromium = binary();
        assumeTrue(chromium != null, "no chromium on the PATH (apt-get install chromium): the page test is skipped");
        String dom = run(chromium, page, "--dump-dom");
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertTrue(body.find(), "no body in the dumped DOM of " + page);
        String attributes = body.group(1);
        assertTrue(!attributes.contains("data-errors"), page + " had script errors: "
                + errors(dom) + " (body" + attributes + ")");
        assertEquals(Integer.toString(expectedCharts), attribute(attributes, "data-charts"), page + ": charts");
        assertEquals(Integer.toString(expectedCharts), attribute(attributes, "data-rendered"),
                page + ": charts drawn");
        Matcher chart = CHART.matcher(dom);
        int seen = 0;
        while (chart.find()) {
            seen++;
            String points = attribute(chart.group(1), "data-points");
            String ink = attribute(chart.group(1), "data-ink");
            assertNotNull(ink, page + ": chart " + seen + " never drew");
            assertTrue(Integer.parseInt(points) > 0, page + ": chart " + seen + " has no values");
            assertTrue(Integer.parseInt(ink) > 0, page + ": chart " + seen + " drew no line");
        }
        assertEquals(expectedCharts, seen, page + ": chart elements");
    }

    /** Saves a screenshot of the page. */
    static void screenshot(Path page, Path png) throws IOException, InterruptedException {
        Path chromium = binary();
        assumeTrue(chromium != null, "no chromium on the PATH: no screenshot");
        run(chromium, page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1600,1500",
                "--hide-scrollbars");
    }

    private static String run(Path chromium, Path page, String... what) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        command.addAll(List.of(what));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, process.exitValue(), "chromium's exit status");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : null;
    }

    private static String errors(String dom) {
        Matcher errors = Pattern.compile("<pre id=\"errors\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        return errors.find() ? errors.group(1) : "(none recorded)";
    }
}
