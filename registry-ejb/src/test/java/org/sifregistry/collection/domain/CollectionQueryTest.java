package org.sifregistry.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CollectionQueryTest {

    @Test
    void withoutFiltersThereAreNoConditions() {
        CollectionQuery query = new CollectionQuery(" Rocks ", null, false);

        assertEquals("rocks", query.search());
        assertEquals(CollectionSort.NAME, query.sort());
        assertEquals(CollectionScope.ALL, query.scope());
        assertEquals(CollectionPrivacy.ANY, query.privacy());
        assertEquals("", query.filterConditions());
    }

    @Test
    void eachFilterAddsItsCondition() {
        CollectionQuery query = new CollectionQuery("", CollectionSort.STARS, true, CollectionScope.STARRED,
                CollectionPrivacy.PRIVATE);

        String conditions = query.filterConditions();

        assertTrue(conditions.startsWith(" AND EXISTS (SELECT s FROM Star s"), conditions);
        assertTrue(conditions.endsWith(" AND c.privateCollection = TRUE"), conditions);
    }

    @Test
    void mineIsTheQueryFormOfOwningOrContributing() {
        CollectionQuery query = new CollectionQuery("", null, false, CollectionScope.MINE, null);

        assertEquals(" AND " + Collection.OWNED_OR_CONTRIBUTED_BY_USER, query.filterConditions());
        assertEquals(CollectionPrivacy.ANY, query.privacy());
    }
}
