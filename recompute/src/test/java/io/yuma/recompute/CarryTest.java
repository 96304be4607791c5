package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.yuma.api.EpochInput;
import io.yuma.api.SubnetInput;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replay's carried state for subnets with mechanisms: each mechanism reads its own bonds and the
 * aggregated permits of the epoch before, and a history restarts where the chain's state would
 * not carry over.
 */
class CarryTest {
    private List<HistoryRecord> history;

    @BeforeEach
    void readHistory() throws IOException {
        history = JsonHistoryFile.read(TestHistories.subnetSequences().getFirst());
    }

    @Test
    void eachMechanismReadsItsOwnBondsAndTheAggregatedPermitsOfTheEpochBefore() {
        Carry carry = new Carry();
        HistoryRecord first = history.get(0);
        HistoryRecord second = history.get(1);
        carry.update(first, first.subnetRecorded());
        Carry.Prepared prepared = carry.prepare(second);
        assertNull(prepared.restart());
        SubnetInput carried = prepared.record().subnetInput();
        int mechanisms = second.subnetInput().mechanismCount();
        assertEquals(2, mechanisms);
        boolean[] permits = first.subnetRecorded().subnet().newValidatorPermit();
        for (int m = 0; m < mechanisms; m++) {
            EpochInput mechanism = carried.mechanism(m);
            assertEquals(first.subnetRecorded().mechanisms().get(m).bonds(), mechanism.bonds(), "mechanism " + m);
            // What the chain recorded as the next epoch's input is exactly the carried state.
            assertEquals(second.subnetInput().mechanism(m).bonds(), mechanism.bonds(), "mechanism " + m);
            for (int uid = 0; uid < permits.length; uid++) {
                assertEquals(permits[uid], mechanism.validatorPermit(uid), "mechanism " + m + ", uid " + uid);
            }
            assertArrayEquals(second.subnetInput().mechanism(m).lastUpdates(), mechanism.lastUpdates());
        }
        assertArrayEquals(second.subnetInput().emissionSplit(), carried.emissionSplit());
    }

    @Test
    void aChangedMechanismCountOrKindRestartsFromTheRecordedState() {
        Carry carry = new Carry();
        HistoryRecord first = history.get(0);
        carry.update(first, first.subnetRecorded());

        SubnetInput recorded = history.get(1).subnetInput();
        HistoryRecord fewer = new HistoryRecord(first.subnet(), "", 1, true, false,
                SubnetInput.of(List.of(recorded.mechanism(0)), recorded.emissionSplit()), null, first.location());
        Carry.Prepared restarted = carry.prepare(fewer);
        assertEquals("the mechanism count is 1, was 2: replay starts again from the recorded bonds and permits",
                restarted.restart());
        assertSame(fewer, restarted.record());

        HistoryRecord single = new HistoryRecord(first.subnet(), "", 1, true, false, recorded.mechanism(0), null,
                first.location());
        assertEquals("a single-mechanism epoch follows a subnet epoch with mechanisms: replay starts again from the "
                + "recorded bonds and permits", carry.prepare(single).restart());

        HistoryRecord gap = history.get(2);
        assertEquals("epoch 2 follows epoch 0: replay starts again from the recorded bonds and permits",
                carry.prepare(gap).restart());
    }

    @Test
    void aHistorysStateIsDroppedAfterItsLastEpoch() {
        Carry carry = new Carry();
        HistoryRecord last = history.getLast();
        carry.update(last, last.subnetRecorded());
        assertEquals(java.util.Map.of(), carry.snapshot());
        assertSame(history.getFirst(), carry.prepare(history.getFirst()).record());
    }
}
