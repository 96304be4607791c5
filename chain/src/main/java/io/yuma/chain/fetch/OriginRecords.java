package io.yuma.chain.fetch;

import io.yuma.chain.epoch.ChainEpoch;
import io.yuma.chain.scale.Hex;
import io.yuma.recompute.ChainOrigin;
import io.yuma.recompute.HistoryRecord;
import io.yuma.recompute.RecordLocation;
import io.yuma.recompute.UnknownInput;
import java.util.EnumSet;
import java.util.Set;

/**
 * An epoch read from the chain as an archive record: the subnet named {@code netuid N}, family
 * {@value #FAMILY}, numbered by {@code SubnetEpochIndex}, with its {@link ChainOrigin}: the
 * block, its hash, the runtime, the inputs not exact from state and whether the engines implement
 * that runtime's rules.
 */
final class OriginRecords {
    /** The family of every record fetched from a chain. */
    static final String FAMILY = "chain";

    private OriginRecords() {
    }

    /** {@return the history name of subnet {@code netuid}} */
    static String subnetName(int netuid) {
        return "netuid " + netuid;
    }

    static HistoryRecord record(ChainEpoch epoch, boolean last, RecordLocation location) {
        return new HistoryRecord(subnetName(epoch.netuid()), FAMILY, epoch.epochIndex(), true, last, epoch.input(),
                epoch.recorded(), location).withOrigin(origin(epoch));
    }

    static ChainOrigin origin(ChainEpoch epoch) {
        return new ChainOrigin(epoch.netuid(), epoch.block(), Hex.decode(epoch.blockHash()),
                Math.toIntExact(epoch.specVersion()), unknown(epoch), ChainOrigin.rulesImplementedAt((int) epoch.specVersion()));
    }

    /** The inputs CHAIN-STATE.md's "Not exact from state" makes unknown for this epoch. */
    static Set<UnknownInput> unknown(ChainEpoch epoch) {
        Set<UnknownInput> unknown = EnumSet.noneOf(UnknownInput.class);
        if (!epoch.raoEmissionExact()) {
            unknown.add(UnknownInput.RAO_EMISSION);
        }
        if (epoch.revealDue()) {
            unknown.add(UnknownInput.WEIGHTS);
            unknown.add(UnknownInput.LAST_UPDATE);
        }
        if (epoch.ownerChanged()) {
            unknown.add(UnknownInput.OWNER_UID);
        }
        return unknown;
    }
}
