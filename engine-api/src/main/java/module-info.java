/**
 * The engine API: the chain's fixed-point types ({@code io.yuma.fixed}), the epoch input and
 * result model and engine discovery ({@code io.yuma.api}), and the off-heap subnet batch
 * ({@code io.yuma.batch}). Engines register as {@link io.yuma.api.YumaEngineProvider} services
 * and are found by {@link io.yuma.api.Engines}; an application needs only this module and the
 * engine modules it wants on its module path.
 *
 * @uses io.yuma.api.YumaEngineProvider the engines, found with {@link java.util.ServiceLoader}
 */
module io.yuma.engine.api {
    exports io.yuma.api;
    exports io.yuma.fixed;
    exports io.yuma.batch;
    // The batch's memory layout is the engines' business only.
    exports io.yuma.batch.layout to io.yuma.engine.simd, io.yuma.engine.cuda;

    uses io.yuma.api.YumaEngineProvider;
}
