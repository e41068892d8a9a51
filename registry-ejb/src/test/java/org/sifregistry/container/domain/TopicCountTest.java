package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicCountTest {

    @ParameterizedTest
    @CsvSource({"0,1", "1,1", "2,2", "3,2", "4,3", "7,3", "8,4", "15,4", "16,5", "100000,5"})
    void weightGrowsWithTheLogarithmOfTheCount(long containers, int weight) {
        assertEquals(weight, new TopicCount("biology", containers).weight());
    }
}
