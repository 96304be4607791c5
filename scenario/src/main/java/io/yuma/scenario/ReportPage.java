package io.yuma.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained HTML page of charts and tables: the data as JSON in the page, drawn by uPlot
 * (from its WebJar on the class path, inlined with its stylesheet), so the page opens offline.
 * After drawing, every chart's element carries {@code data-points} (values drawn) and
 * {@code data-ink} (painted pixels sampled from its canvas), the body {@code data-rendered} (charts
 * drawn) and, on any script error, {@code data-errors}: what the headless-browser test reads.
 */
final class ReportPage {
    /** One line series; NaN values are gaps. */
    record Series(String label, double[] values) {
    }

    /** A line chart over {@code x}, with vertical markers at the x values in {@code markers}. */
    record Chart(String title, String yLabel, double[] x, List<Series> series, double[] markers) {
    }

    /** A row of charts side by side under a heading. */
    record Section(String title, String description, List<Chart> charts) {
    }

    /** A table; row {@code highlight} (or -1) is highlighted. */
    record Table(String title, List<String> columns, List<List<String>> rows, int highlight) {
    }

    static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final JsonFactory JSON = new JsonFactory();

    private ReportPage() {
    }

    static String html(String title, String subtitle, List<Section> sections, List<Table> tables) {
        String template = resource(ReportPage.class, "report/report.html");
        return template.replace("{{TITLE}}", escape(title))
                .replace("{{UPLOT_CSS}}", resource(null, UPLOT + "uPlot.min.css"))
                .replace("{{REPORT_CSS}}", resource(ReportPage.class, "report/report.css"))
                .replace("{{UPLOT_JS}}", scriptSafe(resource(null, UPLOT + "uPlot.iife.min.js")))
                .replace("{{REPORT_JS}}", scriptSafe(resource(ReportPage.class, "report/report.js")))
                .replace("{{DATA}}", scriptSafe(json(title, subtitle, sections, tables)));
    }

    private static String json(String title, String subtitle, List<Section> sections, List<Table> tables) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("title", title);
            json.writeStringField("subtitle", subtitle);
            json.writeArrayFieldStart("tables");
            for (Table table : tables) {
                json.writeStartObject();
                json.writeStringField("title", table.title());
                json.writeArrayFieldStart("columns");
                for (String column : table.columns()) {
                    json.writeString(column);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("rows");
                for (List<String> row : table.rows()) {
                    json.writeStartArray();
                    for (String cell : row) {
                        json.writeString(cell);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeNumberField("highlight", table.highlight());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sections");
            for (Section section : sections) {
                json.writeStartObject();
                json.writeStringField("title", section.title());
                json.writeStringField("description", section.description());
                json.writeArrayFieldStart("charts");
                for (Chart chart : section.charts()) {
                    writeChart(json, chart);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeChart(JsonGenerator json, Chart chart) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", chart.title());
        json.writeStringField("yLabel", chart.yLabel());
        json.writeFieldName("x");
        numbers(json, chart.x());
        json.writeFieldName("markers");
        numbers(json, chart.markers());
        json.writeArrayFieldStart("series");
        for (Series series : chart.series()) {
            json.writeStartObject();
            json.writeStringField("label", series.label());
            json.writeFieldName("values");
            numbers(json, series.values());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void numbers(JsonGenerator json, double[] values) throws IOException {
        json.writeStartArray();
        for (double value : values) {
            if (Double.isNaN(value)) {
                json.writeNull();
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                json.writeNumber((long) value);
            } else {
                json.writeNumber(value);
            }
        }
        json.writeEndArray();
    }

    /** Text inside a script element must not close it. */
    private static String scriptSafe(String text) {
        return text.replace("</", "<\\/");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A resource beside {@code owner}, or by absolute name from the class path when owner is null. */
    private static String resource(Class<?> owner, String name) {
        try (InputStream in = owner == null ? ReportPage.class.getClassLoader().getResourceAsStream(name)
                : owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report needs " + name + " on the class path"
                        + (owner == null ? " (the org.webjars.npm:uplot jar)" : ""));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
