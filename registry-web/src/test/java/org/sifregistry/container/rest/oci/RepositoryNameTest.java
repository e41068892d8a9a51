package org.sifregistry.container.rest.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RepositoryNameTest {

    @Test
    void aNameIsCollectionSlashContainerOrAContainerOfTheDefaultCollection() {
        RepositoryName full = RepositoryName.tryParse("science/rocks", "library").orElseThrow();
        RepositoryName bare = RepositoryName.tryParse("rocks", "library").orElseThrow();

        assertEquals("science", full.collection().value());
        assertEquals("rocks", full.name().value());
        assertEquals("library", bare.collection().value());
        assertEquals("rocks", bare.text());
    }

    @Test
    void onlyNamesAsTheRegistryWritesThemAreTaken() {
        for (String name : List.of("", "a/b/c", "Science/rocks", "science/Rocks", "science/ro_cks", " science/rocks",
                "science/", "/rocks", "science/rocks ", "..", "science/..")) {
            assertTrue(RepositoryName.tryParse(name, "library").isEmpty(), name);
        }
    }
}
