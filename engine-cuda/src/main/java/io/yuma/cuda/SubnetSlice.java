package io.yuma.cuda;

/**
 * A run of consecutive subnets of a batch that go to the device in one launch. Subnets are
 * contiguous in every column of the batch, so a chunk is a slice of each.
 *
 * @param firstSubnet batch index of the first subnet
 * @param subnets number of subnets
 * @param uidOffset batch index of the first subnet's uid 0
 * @param uids uids of all the chunk's subnets
 * @param weightOffset batch index of the chunk's first weight entry
 * @param weightEntries weight entries of the chunk
 * @param bondOffset batch index of the chunk's first bond entry
 * @param bondEntries bond entries of the chunk
 * @param maxN the largest n among the chunk's subnets
 */
record Chunk(int firstSubnet, int subnets, long uidOffset, long uids, long weightOffset, long weightEntries,
        long bondOffset, long bondEntries, int maxN) {
}
