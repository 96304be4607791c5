package io.yuma.cli;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import picocli.CommandLine.Option;

/** The {@code --engine} option of commands that compute epochs. */
final class EngineChoice {
    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Engine to use (see 'yuma engines'). Default: the best available one, or the one the "
                    + "yuma.engine system property names.")
    private String name;

    /** The engine named, or else the best available. */
    YumaEngine open() {
        return name == null ? Engines.openBest(EngineOptions.defaults()) : open(name);
    }

    /** The engine named, or else {@code fallback}: for work only some engines can do. */
    YumaEngine openOr(String fallback) {
        return open(name == null ? fallback : name);
    }

    private static YumaEngine open(String engine) {
        return Engines.open(engine, EngineOptions.defaults());
    }
}
