/**
 * Tools for holding an engine to the reference: {@link io.yuma.testkit.ConformanceRunner} runs an
 * engine over the golden vectors (vector-format) and compares every output bit, naming the vector,
 * epoch, uid and field of a mismatch ({@link io.yuma.testkit.Mismatch}) and the first trace step
 * where it diverged. The differential duel and the subnet generator are in
 * {@link io.yuma.testkit.random}. Depends on engine-api and vector-format only: any engine can be
 * checked with it, and none is pulled in.
 */
package io.yuma.testkit;
