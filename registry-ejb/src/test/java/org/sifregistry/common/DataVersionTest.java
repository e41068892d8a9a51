package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DataVersionTest {

    @Test
    void aWriteHereAdvancesTheVersionAndCountsAsOneToAnnounce() {
        long version = DataVersion.current();
        long writes = DataVersion.writesHere();

        DataVersion.advance();

        assertEquals(version + 1, DataVersion.current());
        assertEquals(writes + 1, DataVersion.writesHere());
    }

    @Test
    void aWriteElsewhereAdvancesTheVersionButIsNotAnnouncedAgain() {
        long version = DataVersion.current();
        long writes = DataVersion.writesHere();

        DataVersion.advanceForWriteElsewhere();

        assertEquals(version + 1, DataVersion.current());
        assertEquals(writes, DataVersion.writesHere(), "an echo would make the nodes announce to each other forever");
    }
}
