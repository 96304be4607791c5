/**
 * The scalar reference engine: a plain transcription of the chain's {@code epoch_mechanism}, step
 * by step with the chain's names, optimized for being obviously right rather than fast. It is the
 * one engine that records the trace of intermediates ({@link io.yuma.api.YumaEngine#supportsTrace()}),
 * and every other engine is tested against it. Open it with
 * {@code Engines.open("reference", options)} or construct {@link io.yuma.reference.ReferenceEngine}.
 */
package io.yuma.reference;
