package io.yuma.cli;

import io.yuma.api.Availability;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngineProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma engines}: what engines there are and which can run here. */
@Command(name = "engines", mixinStandardHelpOptions = true, description = "List every engine found, highest priority first, whether it is "
        + "available here, and why not.")
final class EnginesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<YumaEngineProvider> providers = Engines.providers();
        if (providers.isEmpty()) {
            throw new IllegalStateException("no engines on the class path (META-INF/services/io.yuma.api.YumaEngineProvider)");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (YumaEngineProvider provider : providers) {
            Availability availability = provider.availability();
            out.printf("%-12s %-11s %s%n", provider.name(), availability.available() ? "available" : "unavailable",
                    availability.reason());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
