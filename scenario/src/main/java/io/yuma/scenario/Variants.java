package io.yuma.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named variants (yuma1, yuma3, yuma3-liquid-alpha) and the expansion of a sweep section. */
final class Variants {
    /** The names a variants list may give alone. */
    static final List<String> NAMES = List.of("yuma1", "yuma3", "yuma3-liquid-alpha");
    /** Most variants a sweep may make, so that a typo cannot ask for millions. */
    static final int MAX_SWEEP = 100_000;

    private Variants() {
    }

    /** The settings of the variant called {@code name}, or null when no variant is called so. */
    static Map<Hyperparameter, Long> named(String name) {
        return switch (name) {
            case "yuma1" -> Map.of(Hyperparameter.YUMA3, 0L, Hyperparameter.LIQUID_ALPHA, 0L);
            case "yuma3" -> Map.of(Hyperparameter.YUMA3, 1L, Hyperparameter.LIQUID_ALPHA, 0L);
            case "yuma3-liquid-alpha" -> Map.of(Hyperparameter.YUMA3, 1L, Hyperparameter.LIQUID_ALPHA, 1L);
            default -> null;
        };
    }

    /**
     * Every variant combined with every point of the sweep's grid (the product of each swept
     * hyperparameter's values, in the file's order), named {@code VARIANT key=value ...}.
     */
    static List<Scenario.Variant> sweep(List<Scenario.Variant> variants, Node sweep, Amounts.Unit unit) {
        List<Map<Hyperparameter, Long>> grid = new ArrayList<>();
        List<Map<Hyperparameter, String>> labels = new ArrayList<>();
        grid.add(new EnumMap<>(Hyperparameter.class));
        labels.add(new LinkedHashMap<>());
        for (Map.Entry<String, Node> axis : sweep.entries().entrySet()) {
            Hyperparameter h = Hyperparameter.named(axis.getKey(), axis.getValue());
            List<Node> values = axis.getValue().items();
            if ((long) grid.size() * values.size() * variants.size() > MAX_SWEEP) {
                throw axis.getValue().error("the sweep makes more than " + MAX_SWEEP + " variants");
            }
            List<Map<Hyperparameter, Long>> nextGrid = new ArrayList<>();
            List<Map<Hyperparameter, String>> nextLabels = new ArrayList<>();
            for (int p = 0; p < grid.size(); p++) {
                for (Node value : values) {
                    Map<Hyperparameter, Long> point = new EnumMap<>(grid.get(p));
                    point.put(h, h.parse(value, unit));
                    Map<Hyperparameter, String> label = new LinkedHashMap<>(labels.get(p));
                    label.put(h, value.text());
                    nextGrid.add(point);
                    nextLabels.add(label);
                }
            }
            grid = nextGrid;
            labels = nextLabels;
        }
        List<Scenario.Variant> swept = new ArrayList<>();
        for (Scenario.Variant variant : variants) {
            for (int p = 0; p < grid.size(); p++) {
                Map<Hyperparameter, Long> settings = new EnumMap<>(Hyperparameter.class);
                settings.putAll(variant.settings());
                settings.putAll(grid.get(p));
                StringBuilder name = new StringBuilder(variant.name());
                labels.get(p).forEach((h, text) -> name.append(' ').append(h.key()).append('=').append(text));
                swept.add(new Scenario.Variant(name.toString(), settings));
            }
        }
        return swept;
    }
}
