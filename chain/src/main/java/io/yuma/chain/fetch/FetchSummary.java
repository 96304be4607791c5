package io.yuma.chain.fetch;

import io.yuma.chain.rpc.RpcStats;

/**
 * What a fetch did.
 *
 * @param slots blocks found in the range whose state has {@code LastEpochBlock} equal to the block
 * @param records epoch records in the archive
 * @param skipped blocks where {@code LastEpochBlock} was set but no epoch ran: a slot skipped
 *     ({@code EpochSkipped}) or the new anchor of a tempo change; no record
 * @param flagged records from a runtime whose rules the engines do not implement
 * @param withUnknown records with an input not exact from state
 * @param rpc the client's counts (calls, round trips, retries) for this process
 */
public record FetchSummary(long slots, long records, long skipped, long flagged, long withUnknown, RpcStats rpc) {
}
