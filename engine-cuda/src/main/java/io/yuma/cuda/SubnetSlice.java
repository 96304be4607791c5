package io.yuma.cuda;

/**
 * A run of consecutive subnets of a batch that go to the device in one launch. Subnets are
 * contiguous in every column of the batch, so these subnets take one slice of each column.
 *
 * @param firstSubnet batch index of the first subnet
 * @param subnets number of subnets
 * @param uidOffset batch index of the first subnet's uid 0
 * @param uids uids of all the slice's subnets
 * @param weightOffset batch index of the slice's first weight entry
 * @param weightEntries weight entries of the slice
 * @param bondOffset batch index of the slice's first bond entry
 * @param bondEntries bond entries of the slice
 * @param maxN the largest n among the slice's subnets
 */
record SubnetSlice(int firstSubnet, int subnets, long uidOffset, long uids, long weightOffset, long weightEntries,
        long bondOffset, long bondEntries, int maxN) {
}
