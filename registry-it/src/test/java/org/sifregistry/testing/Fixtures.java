package org.sifregistry.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.ImageMetadataService;
import org.sifregistry.container.application.ImageReading;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.stats.application.DownloadCounter;
import org.sifregistry.stats.application.PullEvent;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;
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
    private ArtifactService artifacts;

    @EJB
    private ImageMetadataService metadata;

    @EJB
    private DownloadCounter downloads;

    @EJB
    private UserService users;

    @Inject
    private ImageStore store;

    @Inject
    private CollectionRepository collectionRepository;

    @Inject
    private ContainerRepository containerRepository;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Caller user() {
        return Caller.user(unique("user"));
    }

    /** A new user who has signed in, so the registry knows their account (teams take only known users). */
    public Caller signedInUser() {
        Caller user = user();
        users.signedIn(user, null, null);
        return user;
    }

    public CollectionName collection(Caller owner, boolean privateCollection) {
        return collection(unique("coll"), owner, privateCollection);
    }

    /** A collection of a given name, for tests that find a group of collections by a common part of their names. */
    public CollectionName collection(String name, Caller owner, boolean privateCollection) {
        CollectionName created = new CollectionName(name);
        collections.create(created, privateCollection, owner);
        return created;
    }

    /** Stores distinct bytes; real SIF parsing is not these tests' concern. */
    public StoredImage image(String content) {
        return store(content.getBytes(StandardCharsets.UTF_8));
    }

    public Container container(CollectionName collection, String nameAndTag, Caller owner) {
        ContainerRef ref = ContainerRef.parse(collection + "/" + nameAndTag);
        return containers.publish(ref, image(unique("image of " + ref)), "amd64", owner);
    }

    /**
     * A container tagged latest for each of {@code names} in the collection, all of one image, in one transaction and
     * without the event a push sends (no parse job each): as many containers as a search over a thousand needs.
     */
    @Transactional
    public void containers(CollectionName collection, List<String> names) {
        StoredImage image = image(unique("image of many in " + collection));
        Collection parent = collectionRepository.getByName(collection);
        Instant now = Instant.now();
        for (String name : names) {
            containerRepository.add(new Container(parent, new ContainerName(name), Tag.LATEST, image, "amd64", now));
        }
    }

    /** Pushes {@code image} (a real SIF, say) as the container, as the push APIs do once the upload is verified. */
    public Container container(CollectionName collection, String nameAndTag, Caller owner, byte[] image) {
        return containers.publish(ContainerRef.parse(collection + "/" + nameAndTag), store(image), "amd64", owner);
    }

    /**
     * Pushes {@code image} as the container and records a reading of it with these labels and operating system (may
     * be null), as the parse-image job would. One transaction: the job hears of the push only at the commit and then
     * finds nothing left to read, so it never overwrites this reading with its own of the made-up bytes.
     */
    @Transactional
    public Container read(CollectionName collection, String nameAndTag, Caller owner, byte[] image,
                          Map<String, String> labels, String operatingSystem) {
        Container container = container(collection, nameAndTag, owner, image);
        metadata.record(List.of(new ImageReading(container.id(), container.version(), null, null, null, "amd64",
                labels, operatingSystem == null ? null : new TopicName(operatingSystem), List.of(), null)));
        return container;
    }

    /**
     * Like {@link #read(CollectionName, String, Caller, byte[], Map, String)} with an image of its own; transactional
     * itself, as a call within this bean does not pass through the other method's interceptor.
     */
    @Transactional
    public Container read(CollectionName collection, String nameAndTag, Caller owner, Map<String, String> labels,
                          String operatingSystem) {
        byte[] image = unique("image of " + collection + "/" + nameAndTag).getBytes(StandardCharsets.UTF_8);
        return read(collection, nameAndTag, owner, image, labels, operatingSystem);
    }

    /** Pushes {@code content} over OCI as a blob that is not a SIF (a config, a layer) of the repository. */
    public StoredImage blob(CollectionName collection, ContainerName name, String content, Caller owner) {
        try {
            StagedImage staged = store.stage(Channels.newChannel(new ByteArrayInputStream(
                    content.getBytes(StandardCharsets.UTF_8))), Long.MAX_VALUE);
            artifacts.acceptBlob(collection, name, staged, owner);
            return new StoredImage(staged.digest(), staged.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Counts {@code count} pulls of the container at {@code at}, as the update-downloads job would. One transaction,
     * so the job never sees them uncounted; it folds any other event waiting too, which is what the job would do.
     */
    @Transactional
    public void pulls(Container container, int count, Instant at) {
        downloads.stage(IntStream.range(0, count)
                .mapToObj(i -> new PullEvent(UUID.randomUUID().toString(), container.id(), at)).toList());
        downloads.fold(downloads.uncounted(0, Integer.MAX_VALUE));
    }

    private StoredImage store(byte[] image) {
        try {
            return store.put(Channels.newChannel(new ByteArrayInputStream(image)), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
