package io.yuma.reference;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.YumaEngine;
import io.yuma.api.YumaEngineProvider;

/** Registers the {@link ReferenceEngine}; always available, lowest priority. */
public final class ReferenceEngineProvider implements YumaEngineProvider {
    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public ReferenceEngineProvider() {
    }

    @Override
    public String name() {
        return ReferenceEngine.NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Availability availability() {
        return Availability.yes("scalar Java, one subnet per call");
    }

    @Override
    public YumaEngine create(EngineOptions options) {
        return new ReferenceEngine();
    }
}
