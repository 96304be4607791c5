/**
 * The scalar reference engine, {@code reference}: a plain transcription of the chain's epoch,
 * which records traces. Reached through {@link io.yuma.api.Engines}; it exports nothing.
 *
 * @provides io.yuma.api.YumaEngineProvider the {@code reference} engine
 */
module io.yuma.engine.reference {
    requires io.yuma.engine.api;

    provides io.yuma.api.YumaEngineProvider with io.yuma.reference.ReferenceEngineProvider;
}
