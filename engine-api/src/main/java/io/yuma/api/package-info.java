/**
 * The engine API: one subnet's epoch input ({@link io.yuma.api.EpochInput}, with the chain's
 * default hyperparameters in {@link io.yuma.api.ChainDefaults}) and result
 * ({@link io.yuma.api.EpochResult}), the engine interface ({@link io.yuma.api.YumaEngine}) and its
 * service-provider interface ({@link io.yuma.api.YumaEngineProvider}), and engine discovery
 * ({@link io.yuma.api.Engines}, which says which engine it chose and why). System properties are
 * read in one place, {@link io.yuma.api.YumaProperties}.
 *
 * <p>Every public entry point checks its arguments: null arguments throw
 * {@link java.lang.NullPointerException} naming the parameter, invalid inputs throw
 * {@link io.yuma.api.InvalidInputException} naming the field, uid and value, indexes out of range
 * name the index and the size, and closed engines refuse work.
 */
package io.yuma.api;
