package org.sifregistry.star.application;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.star.domain.Star;
import org.sifregistry.star.domain.StarRepository;
import org.sifregistry.user.domain.UserRepository;

/** Starring and unstarring collections; both are idempotent and keep the collection's star count in step. */
@Stateless
public class StarService {

    @Inject
    private StarRepository stars;

    @Inject
    private CollectionRepository collections;

    @Inject
    private UserRepository users;

    @Inject
    private Clock clock;

    public void star(CollectionName name, Caller caller) {
        String username = caller.requireSignedIn();
        Collection collection = collections.getVisible(name, caller);
        if (stars.find(username, name).isEmpty()) {
            stars.add(new Star(users.getOrCreate(username), collection, clock.instant()));
            collections.addStars(collection, 1);
        }
    }

    public void unstar(CollectionName name, Caller caller) {
        String username = caller.requireSignedIn();
        Collection collection = collections.getVisible(name, caller);
        stars.find(username, name).ifPresent(star -> {
            stars.remove(star);
            collections.addStars(collection, -1);
        });
    }

    public boolean isStarred(CollectionName name, Caller caller) {
        return !caller.isAnonymous() && stars.find(caller.username(), name).isPresent();
    }
}
