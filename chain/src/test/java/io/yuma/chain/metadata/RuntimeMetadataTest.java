package io.yuma.chain.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.chain.testing.Recorded;
import org.junit.jupiter.api.Test;

class RuntimeMetadataTest {
    @Test
    void v14AndV15GiveTheSameStorageAndTypes() {
        RuntimeMetadata v14 = RuntimeMetadata.parse(Recorded.metadataV14Bytes());
        RuntimeMetadata v15 = RuntimeMetadata.parseMetadataAtVersion(Recorded.metadataAtVersion15Bytes());
        assertEquals(14, v14.version());
        assertEquals(15, v15.version());
        System.out.println(v14.types().size() + " " + v15.types().size() + " " + v14.pallets().size());
    }
}
