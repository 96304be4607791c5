/**
 * The differential duel: {@link io.yuma.testkit.random.SubnetGenerator}, the one seeded generator
 * of random and adversarial subnets (with fixed-size cases and busy live-shaped subnets for
 * benchmarks), and {@link io.yuma.testkit.random.DuelRunner}, which holds an engine to the
 * reference case by case through each {@link io.yuma.testkit.random.EnginePath} and reports the
 * first mismatch with the line that reproduces it. Every case is a pure function of (seed, case
 * index, profile), the same on every machine and JDK. See testkit/DUEL.md.
 */
package io.yuma.testkit.random;
