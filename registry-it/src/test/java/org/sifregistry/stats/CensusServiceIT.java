package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.domain.StoredTotals;
import org.sifregistry.stats.application.CensusService;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

/** The counts behind the store's gauges, taken before and after pushes of this test alone (tests run one at a time). */
@ExtendWith(ArquillianExtension.class)
class CensusServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("census-service-it", CensusServiceIT.class);
    }

    @EJB
    private CensusService census;

    @Inject
    private Fixtures fixtures;

    @Test
    void countsAnImagePushedUnderSeveralNamesOnceWithItsBytes() {
        Caller owner = Fixtures.user();
        CollectionName first = fixtures.collection(owner, false);
        CollectionName second = fixtures.collection(owner, true);
        byte[] shared = Fixtures.unique("shared").repeat(40).getBytes(StandardCharsets.UTF_8);
        byte[] other = Fixtures.unique("other").repeat(70).getBytes(StandardCharsets.UTF_8);
        StoredTotals before = census.stored();

        fixtures.container(first, "a:v1", owner, shared);
        fixtures.container(first, "b:v1", owner, shared);
        fixtures.container(second, "c:v1", owner, shared);
        fixtures.container(second, "d:v1", owner, other);
        StoredTotals after = census.stored();

        assertEquals(2, after.images() - before.images(), "the shared image once, the other once");
        assertEquals(shared.length + other.length, after.bytes() - before.bytes());
    }
}
