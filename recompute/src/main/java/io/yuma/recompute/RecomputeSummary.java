package io.yuma.recompute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a completed run did: its counts (over the whole run, resumed parts included), the first
 * skipped records, and this process's timing. {@link #toJson} is {@code summary.json}, which
 * leaves the timing out so that a resumed run writes the same file as an uninterrupted one;
 * {@link #lines} is what the command prints.
 *
 * @param mode replay or audit
 * @param engine the engine that computed the epochs (of the last part, when resumed)
 * @param inputs the input paths as given
 * @param overrides the hyperparameter overrides
 * @param counts the counts, by name ({@link Tally#asMap})
 * @param directory the output directory
 * @param outputs the output files' names, summary.json included
 * @param skipped the first {@link #LISTED} skipped records: location and reason
 * @param epochsThisRun epochs this process computed
 * @param seconds this process's time from opening the inputs to completion
 */
public record RecomputeSummary(RecomputeMode mode, String engine, List<String> inputs, Overrides overrides,
        Map<String, Long> counts, Path directory, List<String> outputs, List<Skipped> skipped, long epochsThisRun,
        double seconds) {
    /** How many skipped records the summary lists; issues.csv has them all. */
    public static final int LISTED = 100;

    /**
     * A skipped record: where it is and what was wrong.
     *
     * @param location where the record is, as {@link RecordLocation}{@code .toString()} gives it
     * @param reason what was wrong with it
     */
    public record Skipped(String location, String reason) {
    }

    /**
     * The count called {@code name}.
     *
     * @param name a count's name: {@code records}, {@code epochs}, {@code uid_rows}, {@code compared},
     *     {@code divergent_epochs}, {@code divergences}, {@code skipped}, {@code restarts},
     *     {@code not_compared} or {@code partially_compared}
     * @return its value, 0 for a name the run did not count
     */
    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    /**
     * Whether every compared epoch matched and no record was skipped.
     *
     * @return true when there were no divergences and no skipped records
     */
    public boolean clean() {
        return count("divergences") == 0 && count("skipped") == 0;
    }

    /**
     * Epochs this process computed per second of its run time.
     *
     * @return the rate, 0 when no time passed
     */
    public double epochsPerSecond() {
        return seconds > 0 ? epochsThisRun / seconds : 0;
    }

    /**
     * The summary as JSON, as {@code summary.json} holds it.
     *
     * @return the JSON text, with a final line break
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"mode\": ");
        Json.string(json, mode.label()).append(",\n  \"engine\": ");
        Json.string(json, engine).append(",\n  \"inputs\": [");
        for (int i = 0; i < inputs.size(); i++) {
            Json.string(json.append(i == 0 ? "" : ", "), inputs.get(i));
        }
        json.append("],\n  \"overrides\": {");
        int i = 0;
        for (Map.Entry<String, String> entry : overrides.values().entrySet()) {
            Json.string(json.append(i++ == 0 ? "" : ", "), entry.getKey()).append(": ");
            Json.string(json, entry.getValue());
        }
        json.append("},\n");
        counts.forEach((name, value) -> json.append("  \"").append(name).append("\": ").append(value).append(",\n"));
        json.append("  \"outputs\": [");
        for (int o = 0; o < outputs.size(); o++) {
            Json.string(json.append(o == 0 ? "" : ", "), outputs.get(o));
        }
        json.append("],\n  \"skipped_records\": [");
        for (int s = 0; s < skipped.size(); s++) {
            json.append(s == 0 ? "\n" : ",\n").append("    {\"location\": ");
            Json.string(json, skipped.get(s).location()).append(", \"reason\": ");
            Json.string(json, skipped.get(s).reason()).append('}');
        }
        return json.append(skipped.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /**
     * The summary as lines for a person: the counts, the rate and the skipped records.
     *
     * @return the lines, without line breaks
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "recompute %s (%s): %d epochs of %d records; this run computed %d epochs "
                + "in %.1f s, %.1f epochs/s", mode.label(), engine, count("epochs"), count("records"), epochsThisRun,
                seconds, epochsPerSecond()));
        lines.add(String.format(Locale.ROOT, "  compared %d epochs with their recorded outputs: %d divergent epochs, "
                + "%d divergences", count("compared"), count("divergent_epochs"), count("divergences")));
        if (count("not_compared") > 0 || count("partially_compared") > 0) {
            lines.add(String.format(Locale.ROOT, "  chain records: %d epochs not compared (rules not implemented or "
                    + "inputs unknown), %d compared in part (inputs unknown); see %s", count("not_compared"),
                    count("partially_compared"), Outputs.ISSUES));
        }
        lines.add(String.format(Locale.ROOT, "  skipped %d bad records; %d replay restarts", count("skipped"),
                count("restarts")));
        int shown = Math.min(10, skipped.size());
        for (int s = 0; s < shown; s++) {
            lines.add("  skipped " + skipped.get(s).location() + ": " + skipped.get(s).reason());
        }
        if (count("skipped") > shown) {
            lines.add("  (" + (count("skipped") - shown) + " more skipped records in " + Outputs.ISSUES + ")");
        }
        lines.add("  outputs in " + directory + ": " + String.join(" ", outputs));
        return lines;
    }
}
