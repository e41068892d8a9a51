package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.LabelService;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.LabelCarrier;
import org.sifregistry.container.domain.LabelKeyCount;
import org.sifregistry.container.domain.LabelValueCount;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;

/** Label keys, values and the containers that carry them, counted and paged among what the caller may see. */
@ExtendWith(ArquillianExtension.class)
class LabelServiceIT {

    private static final PageRequest ALL = PageRequest.first(50);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("label-service-it", LabelServiceIT.class);
    }

    @EJB
    private LabelService labels;

    @EJB
    private ContainerService containers;

    @EJB
    private CollectionService collections;

    @Inject
    private Fixtures fixtures;

    @Test
    void countsAKeysContainersAndValuesAndShowsTheSameImageNamedDifferently() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        String key = Fixtures.unique("org.example.Build");
        byte[] image = Fixtures.unique("one image").getBytes(StandardCharsets.UTF_8);
        fixtures.read(collection, "testing:v1", owner, image, Map.of(key, "same"), null);
        fixtures.read(collection, "renamed:v1", owner, image, Map.of(key, "same"), null);
        fixtures.read(collection, "other:v1", owner, Map.of(key, "other", "unrelated", "x"), null);
        Caller visitor = Caller.anonymous();

        assertEquals(List.of(new LabelKeyCount(key, 3, 2)), labels.keys(key.toUpperCase(), ALL, visitor),
                "found by any case of a part of the key");
        assertEquals(1, labels.countKeys(key, visitor));
        assertEquals(List.of(new LabelValueCount("other", 1, 1), new LabelValueCount("same", 2, 1)),
                labels.values(key, ALL, visitor));
        assertTrue(labels.values(key, ALL, visitor).get(1).isSameImageNamedDifferently());
        assertEquals(List.of(collection + "/renamed:v1", collection + "/testing:v1"),
                refs(labels.carriers(key, "same", ALL, visitor)));
        assertEquals(List.of(collection + "/other:v1", collection + "/renamed:v1", collection + "/testing:v1"),
                refs(labels.carriers(key, null, ALL, visitor)), "by value, then newest first");
        assertEquals(3, labels.countCarriers(key, null, visitor));
        assertEquals(2, labels.countCarriers(key, "same", visitor));
    }

    @Test
    void carriersArePagedByValueThenNewestFirstAcrossPublicAndPrivateCollections() {
        Caller owner = Fixtures.user();
        CollectionName open = fixtures.collection(owner, false);
        CollectionName hidden = fixtures.collection(owner, true);
        String key = Fixtures.unique("org.example.Paged");
        fixtures.read(open, "a1:v1", owner, Map.of(key, "a"), null);
        fixtures.read(hidden, "a2:v1", owner, Map.of(key, "a"), null);
        fixtures.read(open, "a3:v1", owner, Map.of(key, "a"), null);
        fixtures.read(open, "b1:v1", owner, Map.of(key, "b"), null);
        fixtures.read(hidden, "b2:v1", owner, Map.of(key, "b"), null);
        Caller visitor = Caller.anonymous();

        assertEquals(List.of(open + "/a3:v1", hidden + "/a2:v1", open + "/a1:v1", hidden + "/b2:v1", open + "/b1:v1"),
                refs(labels.carriers(key, null, ALL, owner)));
        assertEquals(List.of(hidden + "/a2:v1", open + "/a1:v1", hidden + "/b2:v1"),
                refs(labels.carriers(key, null, new PageRequest(1, 3), owner)), "a page across two values");
        assertEquals(List.of(open + "/b1:v1"), refs(labels.carriers(key, null, new PageRequest(4, 3), owner)));
        assertEquals(List.of(open + "/a1:v1", open + "/b1:v1"),
                refs(labels.carriers(key, null, new PageRequest(1, 2), visitor)), "the private ones skipped");
        assertEquals(List.of(open + "/b1:v1"), refs(labels.carriers(key, "b", ALL, visitor)));
        assertEquals(List.of(open + "/a1:v1"), refs(labels.carriers(key, "a", new PageRequest(1, 5), visitor)));
        assertTrue(labels.carriers(key, null, new PageRequest(3, 5), visitor).isEmpty(), "past the last page");
        assertEquals(List.of(new LabelValueCount("b", 2, 2)), labels.values(key, new PageRequest(1, 1), owner));
        assertEquals(List.of(new LabelValueCount("a", 2, 2)), labels.values(key, new PageRequest(0, 1), visitor));
    }

    @Test
    void keysArePaged() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        String prefix = Fixtures.unique("paged");
        fixtures.read(collection, "one:v1", owner, Map.of(prefix + ".a", "1", prefix + ".b", "1", prefix + ".c", "1"),
                null);

        assertEquals(3, labels.countKeys(prefix, Caller.anonymous()));
        assertEquals(List.of(prefix + ".a", prefix + ".b"),
                labels.keys(prefix, new PageRequest(0, 2), Caller.anonymous()).stream().map(LabelKeyCount::key).toList());
        assertEquals(List.of(prefix + ".c"),
                labels.keys(prefix, new PageRequest(2, 2), Caller.anonymous()).stream().map(LabelKeyCount::key).toList());
    }

    @Test
    void aPrivateCollectionsLabelsAreSeenOnlyByItsOwnerAndAdmins() {
        Caller owner = Fixtures.user();
        CollectionName hidden = fixtures.collection(owner, true);
        String key = Fixtures.unique("secret");
        fixtures.read(hidden, "hidden:v1", owner, Map.of(key, "value"), null);

        for (Caller outsider : List.of(Caller.anonymous(), Fixtures.user())) {
            assertEquals(0, labels.countKeys(key, outsider), outsider + " counts no such key");
            assertTrue(labels.keys(key, ALL, outsider).isEmpty());
            assertTrue(labels.values(key, ALL, outsider).isEmpty());
            assertEquals(0, labels.countValues(key, outsider));
            assertTrue(labels.carriers(key, null, ALL, outsider).isEmpty());
            assertEquals(0, labels.countCarriers(key, "value", outsider));
        }
        for (Caller insider : List.of(owner, Caller.admin(Fixtures.unique("admin")))) {
            assertEquals(List.of(new LabelKeyCount(key, 1, 1)), labels.keys(key, ALL, insider));
            assertEquals(List.of(hidden + "/hidden:v1"), refs(labels.carriers(key, "value", ALL, insider)));
            assertEquals(1, labels.countValues(key, insider));
            assertEquals(1, labels.countCarriers(key, "value", insider));
            assertTrue(labels.carriers(key, null, ALL, insider).get(0).container().privateCollection());
        }
    }

    @Test
    void aKeysCountsFollowContainersAndPrivacyAsTheyChange() {
        Caller owner = Fixtures.user();
        CollectionName open = fixtures.collection(owner, false);
        CollectionName hidden = fixtures.collection(owner, true);
        String key = Fixtures.unique("org.example.Changing");
        fixtures.read(open, "first:v1", owner, Map.of(key, "shared"), null);
        fixtures.read(open, "second:v1", owner, Map.of(key, "public"), null);
        fixtures.read(hidden, "third:v1", owner, Map.of(key, "shared"), null);
        fixtures.read(hidden, "fourth:v1", owner, Map.of(key, "private"), null);
        Caller visitor = Caller.anonymous();
        assertEquals(List.of(new LabelKeyCount(key, 2, 2)), labels.keys(key, ALL, visitor));
        assertEquals(List.of(new LabelKeyCount(key, 4, 3)), labels.keys(key, ALL, owner),
                "a value carried in public and in private counts once");
        assertEquals(2, labels.countValues(key, visitor));
        assertEquals(3, labels.countValues(key, owner));
        assertEquals(2, labels.countCarriers(key, null, visitor));
        assertEquals(4, labels.countCarriers(key, null, owner));
        assertEquals(1, labels.countCarriers(key, "shared", visitor));
        assertEquals(2, labels.countCarriers(key, "shared", owner));

        assertEquals(List.of(new LabelValueCount("public", 1, 1), new LabelValueCount("shared", 1, 1)),
                labels.values(key, ALL, visitor));
        assertEquals(List.of(new LabelValueCount("private", 1, 1), new LabelValueCount("public", 1, 1),
                new LabelValueCount("shared", 2, 2)), labels.values(key, ALL, owner));

        fixtures.container(open, "first:v1", owner, Fixtures.unique("other bytes").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new LabelKeyCount(key, 1, 1)), labels.keys(key, ALL, visitor),
                "a tag moved to an image not yet read");
        assertEquals(List.of(new LabelValueCount("public", 1, 1)), labels.values(key, ALL, visitor));
        collections.describe(hidden, null, false, owner);
        assertEquals(List.of(new LabelKeyCount(key, 3, 3)), labels.keys(key, ALL, visitor), "a collection made public");
        assertEquals(List.of(new LabelValueCount("private", 1, 1), new LabelValueCount("public", 1, 1),
                new LabelValueCount("shared", 1, 1)), labels.values(key, ALL, visitor));
        containers.delete(ContainerRef.parse(hidden + "/fourth:v1"), owner);
        assertEquals(List.of(new LabelKeyCount(key, 2, 2)), labels.keys(key, ALL, visitor), "a container deleted");
        collections.describe(hidden, null, true, owner);
        assertEquals(List.of(new LabelKeyCount(key, 1, 1)), labels.keys(key, ALL, visitor), "made private again");
        assertEquals(List.of(new LabelKeyCount(key, 2, 2)), labels.keys(key, ALL, owner));
        assertEquals(1, labels.countKeys(key, owner));
        assertEquals(1, labels.countValues(key, visitor));
        assertEquals(1, labels.countCarriers(key, null, visitor));
        assertEquals(2, labels.countValues(key, owner));
        assertEquals(2, labels.countCarriers(key, null, owner));
    }

    @Test
    void anImageInAPublicAndAPrivateCollectionCountsOnceForThoseWhoSeeBoth() {
        Caller owner = Fixtures.user();
        CollectionName open = fixtures.collection(owner, false);
        CollectionName hidden = fixtures.collection(owner, true);
        String key = Fixtures.unique("org.example.Copied");
        byte[] image = Fixtures.unique("copied image").getBytes(StandardCharsets.UTF_8);
        fixtures.read(open, "original:v1", owner, image, Map.of(key, "same"), null);
        fixtures.read(hidden, "copy:v1", owner, image, Map.of(key, "same"), null);
        fixtures.read(hidden, "other:v1", owner, Map.of(key, "same"), null);
        Caller visitor = Caller.anonymous();

        assertEquals(List.of(new LabelValueCount("same", 1, 1)), labels.values(key, ALL, visitor));
        assertEquals(List.of(new LabelValueCount("same", 3, 2)), labels.values(key, ALL, owner),
                "the copy is the public image, the other one is not");
        collections.describe(hidden, null, false, owner);
        assertEquals(List.of(new LabelValueCount("same", 3, 2)), labels.values(key, ALL, visitor), "made public");
        containers.delete(ContainerRef.parse(open + "/original:v1"), owner);
        assertEquals(List.of(new LabelValueCount("same", 2, 2)), labels.values(key, ALL, visitor),
                "the copy still carries the image");
        containers.delete(ContainerRef.parse(hidden + "/copy:v1"), owner);
        assertEquals(List.of(new LabelValueCount("same", 1, 1)), labels.values(key, ALL, visitor));
        collections.describe(hidden, null, true, owner);
        assertTrue(labels.values(key, ALL, visitor).isEmpty(), "made private again");
        assertEquals(List.of(new LabelValueCount("same", 1, 1)), labels.values(key, ALL, owner));
    }

    @Test
    void anUnknownKeyHasNoValuesAndNoContainers() {
        String key = Fixtures.unique("nobody.uses");

        assertTrue(labels.values(key, ALL, Caller.anonymous()).isEmpty());
        assertFalse(labels.countCarriers(key, null, Caller.anonymous()) > 0);
    }

    private static List<String> refs(List<LabelCarrier> carriers) {
        return carriers.stream().map(c -> c.container().ref().toString()).toList();
    }
}
