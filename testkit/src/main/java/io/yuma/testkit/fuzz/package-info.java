/**
 * What every decoder of untrusted bytes promises, as one check a fuzz target calls per input:
 * {@link io.yuma.testkit.fuzz.DecoderContract}. FUZZING.md at the repository root says how the
 * targets run (a regression run over their checked-in corpus in CI, a long run by
 * {@code scripts/fuzz.sh}) and how to add one.
 */
package io.yuma.testkit.fuzz;
