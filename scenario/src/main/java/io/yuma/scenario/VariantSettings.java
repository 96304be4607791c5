package io.yuma.scenario;

import io.yuma.api.EpochInput;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Each variant's hyperparameters at an epoch: the scenario's, overridden by the variant's, then
 * by those events have set so far, applied in the order of {@link Hyperparameter}. Merged again
 * only when the events' settings change, not for every variant at every epoch.
 */
final class VariantSettings {
    private final Scenario scenario;
    private final List<EnumMap<Hyperparameter, Long>> merged = new ArrayList<>();
    private EnumMap<Hyperparameter, Long> events;

    VariantSettings(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Brings every variant's settings up to the events' settings in force. */
    void update(Map<Hyperparameter, Long> eventSettings) {
        if (events != null && events.equals(eventSettings)) {
            return;
        }
        events = new EnumMap<>(Hyperparameter.class);
        events.putAll(eventSettings);
        merged.clear();
        for (Scenario.Variant variant : scenario.variants()) {
            EnumMap<Hyperparameter, Long> settings = scenario.hyperparameters();
            settings.putAll(variant.settings());
            settings.putAll(events);
            merged.add(settings);
        }
    }

    /** Sets variant {@code v}'s hyperparameters on {@code builder}. */
    void apply(int v, EpochInput.Builder builder) {
        for (Map.Entry<Hyperparameter, Long> setting : merged.get(v).entrySet()) {
            setting.getKey().apply(builder, setting.getValue());
        }
    }
}
