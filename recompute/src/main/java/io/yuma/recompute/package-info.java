/**
 * Recomputation of recorded epoch histories: replay (bonds and permits carried forward as the
 * chain does) and audit (every epoch from its recorded input), compared with the recorded
 * outputs, streaming and resumable; the history archive format; conversion and synthesis. An
 * epoch is a single mechanism's or a subnet's with mechanisms ({@link io.yuma.recompute.HistoryRecord#isSubnet}),
 * computed with the engine's {@code runAll} or {@code runSubnets}. A record fetched from a chain
 * carries its {@link io.yuma.recompute.ChainOrigin} (block, runtime, {@link io.yuma.recompute.UnknownInput}s),
 * which decides what of it an audit compares.
 *
 * <p>Entry points: {@link io.yuma.recompute.Recompute#run} with {@link io.yuma.recompute.RecomputeOptions},
 * {@link io.yuma.recompute.Converter#convert}, {@link io.yuma.recompute.Synthesizer#synthesize} and
 * {@link io.yuma.recompute.ArchiveWriter}. Errors are typed: {@link io.yuma.recompute.InvalidOptionException}
 * for an option's value, and the sealed {@link io.yuma.recompute.RecomputeException} family for bad
 * records, stopped runs, outputs in the way and runs that cannot resume. {@code recompute/RECOMPUTE.md}
 * describes the outputs and the archive byte by byte.
 */
package io.yuma.recompute;
