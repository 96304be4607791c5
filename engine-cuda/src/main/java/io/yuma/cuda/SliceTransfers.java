package io.yuma.cuda;

import io.yuma.batch.layout.BatchLayout;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The host side of a slice's slots: slices of the batch's columns for the inputs, slices of the
 * results' columns for the per-uid outputs (the device writes them in BatchResults' layout, so
 * they are copied straight in), and staging buffers for the bonds blocks and statuses.
 */
final class SliceTransfers {
    private SliceTransfers() {
    }

    static List<Transfer> inputs(SubnetBatch batch, ArenaLayout layout) {
        SubnetSlice c = layout.slice();
        long u = c.uidOffset();
        List<Transfer> inputs = new ArrayList<>();
        add(inputs, layout, Slot.IN_RECORDS, batch.subnetRecords(), BatchLayout.subnetRecord(c.firstSubnet()));
        add(inputs, layout, Slot.IN_ALPHA_STAKE, batch.alphaStake(), 8 * u);
        add(inputs, layout, Slot.IN_TAO_STAKE, batch.taoStake(), 8 * u);
        add(inputs, layout, Slot.IN_LAST_UPDATE, batch.lastUpdate(), 8 * u);
        add(inputs, layout, Slot.IN_BLOCK_AT_REGISTRATION, batch.blockAtRegistration(), 8 * u);
        add(inputs, layout, Slot.IN_COMMIT_BLOCK, batch.commitBlock(), 8 * u);
        add(inputs, layout, Slot.IN_VALIDATOR_PERMIT, batch.validatorPermit(), u);
        add(inputs, layout, Slot.IN_WEIGHT_ROW_START, batch.weights().rowStart(), 8 * u);
        add(inputs, layout, Slot.IN_WEIGHT_COLUMN, batch.weights().columns(), 2 * c.weightOffset());
        add(inputs, layout, Slot.IN_WEIGHT_VALUE, batch.weights().values(), 2 * c.weightOffset());
        add(inputs, layout, Slot.IN_BOND_ROW_START, batch.bonds().rowStart(), 8 * u);
        add(inputs, layout, Slot.IN_BOND_COLUMN, batch.bonds().columns(), 2 * c.bondOffset());
        add(inputs, layout, Slot.IN_BOND_VALUE, batch.bonds().values(), 2 * c.bondOffset());
        return inputs;
    }

    static List<Transfer> outputs(BatchResults results, ArenaLayout layout, HostStaging staging) {
        long u = layout.slice().uidOffset();
        List<Transfer> outputs = new ArrayList<>();
        add(outputs, layout, Slot.OUT_ACTIVE, results.active(), u);
        add(outputs, layout, Slot.OUT_NEW_VALIDATOR_PERMIT, results.newValidatorPermit(), u);
        add(outputs, layout, Slot.OUT_STAKE, results.stake(), 8 * u);
        add(outputs, layout, Slot.OUT_SERVER_EMISSION, results.serverEmission(), 8 * u);
        add(outputs, layout, Slot.OUT_VALIDATOR_EMISSION, results.validatorEmission(), 8 * u);
        add(outputs, layout, Slot.OUT_EMISSION, results.emission(), 8 * u);
        add(outputs, layout, Slot.OUT_STAKE_WEIGHT, results.stakeWeight(), 2 * u);
        add(outputs, layout, Slot.OUT_CONSENSUS, results.consensus(), 2 * u);
        add(outputs, layout, Slot.OUT_VALIDATOR_TRUST, results.validatorTrust(), 2 * u);
        add(outputs, layout, Slot.OUT_INCENTIVE, results.incentive(), 2 * u);
        add(outputs, layout, Slot.OUT_DIVIDEND, results.dividend(), 2 * u);
        outputs.add(new Transfer(Slot.OUT_BONDS, staging.bonds(layout.bytes(Slot.OUT_BONDS))));
        outputs.add(new Transfer(Slot.OUT_STATUS, staging.status(layout.bytes(Slot.OUT_STATUS))));
        return outputs;
    }

    private static void add(List<Transfer> transfers, ArenaLayout layout, Slot slot, MemorySegment column, long offset) {
        transfers.add(new Transfer(slot, column.asSlice(offset, layout.bytes(slot))));
    }
}
