package org.sifregistry.container.rest.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.InvalidInputException;

class LibraryRefTest {

    private static final String DEFAULT = "library";

    @Test
    void threePartsDropTheEntity() {
        assertEquals("science/rocks:v1", LibraryRef.parse("alice/science/rocks:v1", DEFAULT).toString());
    }

    @Test
    void twoPartsAreCollectionAndContainer() {
        assertEquals("science/rocks:v1", LibraryRef.parse("science/rocks:v1", DEFAULT).toString());
    }

    @Test
    void onePartIsInTheDefaultCollectionWithTheLatestTag() {
        assertEquals("library/alpine:latest", LibraryRef.parse("alpine", DEFAULT).toString());
    }

    @Test
    void aLeadingSlashIsIgnored() {
        assertEquals("science/rocks:v1", LibraryRef.parse("/alice/science/rocks:v1", DEFAULT).toString());
    }

    @Test
    void aSha256TagPinsTheVersion() {
        String hex = "ab".repeat(32);
        assertEquals("sha256." + hex, LibraryRef.parse("alice/science/rocks:sha256." + hex, DEFAULT).version().version());
    }

    @Test
    void moreThanThreePartsAreRefused() {
        assertThrows(InvalidInputException.class, () -> LibraryRef.parse("a/b/c/d:v1", DEFAULT));
    }

    @Test
    void traversalIsRefusedByTheNamingRule() {
        assertThrows(InvalidInputException.class, () -> LibraryRef.parse("alice/../rocks:v1", DEFAULT));
        assertThrows(InvalidInputException.class, () -> LibraryRef.parse("alice/science/ro%2fcks:v1", DEFAULT));
    }

    @Test
    void containerIdsRoundTrip() {
        var ref = LibraryRef.ofContainerId("science.rocks");
        assertEquals("science.rocks", LibraryRef.containerId(ref.collection(), ref.name()));
        assertThrows(InvalidInputException.class, () -> LibraryRef.ofContainerId("nodot"));
    }

    @Test
    void imageIdsAreNumbers() {
        assertEquals(17, LibraryRef.imageId("17"));
        assertThrows(InvalidInputException.class, () -> LibraryRef.imageId("seventeen"));
    }

    @Test
    void theEntityIsTheFirstOfThreeParts() {
        assertEquals("alice", LibraryRef.entity("alice/science/rocks:v1"));
        assertEquals("alice", LibraryRef.entity("/alice/science/rocks:v1"));
        assertEquals("", LibraryRef.entity("science/rocks:v1"));
        assertEquals("", LibraryRef.entity("rocks"));
        assertEquals("", LibraryRef.entity("//science/rocks:v1"));
    }
}
