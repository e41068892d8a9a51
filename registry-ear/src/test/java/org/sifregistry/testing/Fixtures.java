package org.sifregistry.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StoredImage;
import org.sifregistry.user.application.UserService;

/**
 * Test data made through the real services. Names are unique per call, so tests stand alone on a database that
 * outlives them.
 */
@Dependent
public class Fixtures {

    @EJB
    private CollectionService collections;

    @EJB
    private ContainerService containers;

    @EJB
    private UserService users;

    @Inject
    private ImageStore store;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Caller user() {
        return Caller.user(unique("user"));
    }

    /** A new user who has signed in, so the registry knows their account (teams take only known users). */
    public Caller signedInUser() {
        Caller user = user();
        users.signedIn(user);
        return user;
    }

    public CollectionName collection(Caller owner, boolean privateCollection) {
        CollectionName name = new CollectionName(unique("coll"));
        collections.create(name, privateCollection, owner);
        return name;
    }

    /** Stores distinct bytes; real SIF parsing is not these tests' concern. */
    public StoredImage image(String content) {
        return store(content.getBytes(StandardCharsets.UTF_8));
    }

    public Container container(CollectionName collection, String nameAndTag, Caller owner) {
        ContainerRef ref = ContainerRef.parse(collection + "/" + nameAndTag);
        return containers.publish(ref, image(unique("image of " + ref)), "amd64", owner);
    }

    /** Pushes {@code image} (a real SIF, say) as the container, as the push APIs do once the upload is verified. */
    public Container container(CollectionName collection, String nameAndTag, Caller owner, byte[] image) {
        return containers.publish(ContainerRef.parse(collection + "/" + nameAndTag), store(image), "amd64", owner);
    }

    private StoredImage store(byte[] image) {
        try {
            return store.put(new ByteArrayInputStream(image), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
