package org.sifregistry.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionNotFoundException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.star.application.StarService;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

@ExtendWith(ArquillianExtension.class)
class StarServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("star-service-it", StarServiceIT.class);
    }

    @EJB
    private StarService stars;

    @EJB
    private CollectionService collections;

    @Inject
    private Fixtures fixtures;

    @Test
    void starringIsIdempotentAndCounted() {
        CollectionName name = fixtures.collection(Fixtures.user(), false);
        Caller fan = Fixtures.user();

        stars.star(name, fan);
        stars.star(name, fan);
        stars.star(name, Fixtures.user());

        assertTrue(stars.isStarred(name, fan));
        assertEquals(2, collections.get(name, fan).starCount());

        stars.unstar(name, fan);
        stars.unstar(name, fan);
        assertFalse(stars.isStarred(name, fan));
        assertEquals(1, collections.get(name, fan).starCount());
    }

    @Test
    void anonymousCallersCannotStar() {
        CollectionName name = fixtures.collection(Fixtures.user(), false);

        assertThrows(NotSignedInException.class, () -> stars.star(name, Caller.anonymous()));
        assertFalse(stars.isStarred(name, Caller.anonymous()));
    }

    @Test
    void privateCollectionsCannotBeStarredByStrangers() {
        CollectionName name = fixtures.collection(Fixtures.user(), true);

        assertThrows(CollectionNotFoundException.class, () -> stars.star(name, Fixtures.user()));
    }
}
