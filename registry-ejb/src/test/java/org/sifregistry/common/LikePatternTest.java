package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsInTheSearchTextMatchThemselves() {
        assertEquals("%rocks%", LikePattern.containing("rocks"));
        assertEquals("%100\\%\\_a\\\\b%", LikePattern.containing("100%_a\\b"));
    }
}
