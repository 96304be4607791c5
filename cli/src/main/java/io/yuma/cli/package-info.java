/**
 * {@code yuma}, the command line: one picocli command class per subcommand, each a thin shell
 * over a library (the vector format, the test kit, recompute, the benchmark harness).
 * {@link io.yuma.cli.YumaCli} is the entry point and {@link io.yuma.cli.ExitCodes} the statuses
 * every subcommand returns.
 */
package io.yuma.cli;
