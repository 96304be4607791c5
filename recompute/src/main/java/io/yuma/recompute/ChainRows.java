package io.yuma.recompute;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text a run writes about chain records: a {@code chain.csv} line per record (where on the
 * chain its epoch ran, so that divergences and results, keyed by subnet and epoch, lead to a
 * block), and the {@code issues.csv} details of a record whose rules are not implemented or whose
 * inputs are not all known.
 */
final class ChainRows {
    /** The {@code chain.csv} header line. */
    static final String HEADER = "subnet,epoch,netuid,block,block_hash,spec_version,rules_implemented,unknown_inputs\n";

    private ChainRows() {
    }

    /** Appends {@code record}'s line: its unknown inputs by their FORMAT.md names, separated by spaces. */
    static void append(HistoryRecord record, ChainOrigin origin, StringBuilder out) {
        Csv.field(out, record.subnet()).append(',').append(Long.toUnsignedString(record.epoch())).append(',')
                .append(origin.netuid()).append(',').append(Long.toUnsignedString(origin.block())).append(',')
                .append(origin.blockHashHex()).append(',').append(origin.specVersion()).append(',')
                .append(origin.rulesImplemented()).append(',').append(inputNames(origin, " ")).append('\n');
    }

    /**
     * Why a record of a runtime whose rules are not implemented is not compared:
     * {@code runtime spec 422: rules not implemented}.
     */
    static String rulesDetail(ChainOrigin origin) {
        return "runtime spec " + origin.specVersion() + ": rules not implemented";
    }

    /**
     * What an audit does with a record whose inputs are not all known, e.g.
     * {@code unknown inputs rao_emission: not compared: server_emission, validator_emission,
     * emission, mechanism_emission}.
     */
    static String unknownDetail(ChainOrigin origin, int mechanismCount) {
        List<String> left = origin.outputsNotCompared(mechanismCount);
        String outputs = left.contains(UnknownInput.EVERY_OUTPUT) ? "every output" : String.join(", ", left);
        return "unknown inputs " + inputNames(origin, ", ") + ": not compared: " + outputs;
    }

    private static String inputNames(ChainOrigin origin, String separator) {
        return origin.unknown().stream().map(input -> input.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(separator));
    }
}
