package org.sifregistry.collection;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.Role;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.container.application.LabelService;
import org.sifregistry.container.application.SearchService;
import org.sifregistry.container.application.TopicService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ImageFilter;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.share.application.ShareService;
import org.sifregistry.star.application.StarService;
import org.sifregistry.stats.application.RankingService;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.testing.AccessPart;
import org.sifregistry.testing.AccessPart.Privacy;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.domain.TeamName;

/**
 * The access model of issue 7 in the services, where it is enforced: every role against a public and a private
 * collection for every read and change, including those the web pages make (star, describe, members, freeze, topic
 * tags, share links, delete) whose controls {@link AccessMatrixIT} finds offered only to those allowed. Each
 * service refusal is named as the HTTP status the APIs map it to: 401 not signed in, 404 not visible, 403 no right.
 * All cells run and every failing one is reported by its name, "role operation privacy → answer".
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixServiceIT {

    private static final PageRequest FIRST = PageRequest.first(50);
    /** A key of this run's own, so that its values fit on one page. */
    private static final String LABEL_KEY = "org.example." + Fixtures.unique("matrix");

    @Deployment
    static WebArchive deployment() {
        // the model's parts name the test users who play them over HTTP; here callers made for the run play them
        return Deployments.services("access-matrix-service-it", AccessMatrixServiceIT.class, AccessPart.class,
                AccessPart.Privacy.class, TestUser.class, Api.class, Reply.class, Names.class);
    }

    @EJB
    private CollectionService collections;

    @EJB
    private ContainerService containers;

    @EJB
    private ImageService images;

    @EJB
    private StarService stars;

    @EJB
    private ShareService shares;

    @EJB
    private SearchService search;

    @EJB
    private LabelService labels;

    @EJB
    private TopicService topics;

    @EJB
    private RankingService rankings;

    @EJB
    private TeamService teams;

    @Inject
    private Fixtures fixtures;

    /** A collection of the owner's with the contributor and the team, holding {@code img:v1}, starred and pulled. */
    private record World(Privacy privacy, CollectionName collection, ContainerRef image, String labelValue,
                         String topic) {
    }

    private record Operation(String name, BiFunction<AccessPart, Privacy, String> expected,
                             BiFunction<AccessPart, World, String> actual, boolean changesTheWorld) {
    }

    /** A service call as a caller makes it, whatever it returns. */
    private interface Call {
        void make(Caller caller, World world);
    }

    private final Map<AccessPart, Caller> callers = new EnumMap<>(AccessPart.class);
    private TeamName team;

    @Test
    void everyRoleGetsTheAnswerOfTheAccessModelForEveryOperation() {
        makeTheCallers();
        Map<Privacy, World> shared = new EnumMap<>(Privacy.class);
        for (Privacy privacy : Privacy.values()) {
            shared.put(privacy, readWorld(privacy));
        }
        List<Executable> cells = new ArrayList<>();
        for (Operation operation : operations()) {
            for (Privacy privacy : Privacy.values()) {
                for (AccessPart part : AccessPart.values()) {
                    String expected = operation.expected().apply(part, privacy);
                    String cell = part + " " + operation.name() + " " + privacy + " → " + expected;
                    cells.add(() -> {
                        World world = operation.changesTheWorld() ? world(privacy) : shared.get(privacy);
                        assertEquals(expected, operation.actual().apply(part, world), cell);
                    });
                }
            }
        }
        assertAll("the access matrix", cells.stream());
    }

    private List<Operation> operations() {
        return List.of(
                read("see the collection", (c, w) -> collections.details(w.collection(), c)),
                read("pull the container", (c, w) -> containers.details(w.image(), c)),
                listing("list collections", (c, w) -> collections.list(
                        new CollectionQuery(w.collection().value(), CollectionSort.NAME, false), FIRST, c),
                        World::collection),
                listing("search", (c, w) -> search.search(w.collection().value(), ImageFilter.ANY, c), World::collection),
                listing("label values", (c, w) -> labels.values(LABEL_KEY, PageRequest.first(PageRequest.MAX_LIMIT), c),
                        World::labelValue),
                listing("label carriers", (c, w) -> labels.carriers(LABEL_KEY, w.labelValue(), FIRST, c),
                        World::collection),
                listing("topic's containers", (c, w) -> topics.containers(w.topic(), FIRST, c), World::collection),
                listing("sizes", (c, w) -> rankings.collectionSizes(w.collection().value(), FIRST, c),
                        World::collection),
                listing("largest containers", (c, w) -> rankings.largestContainers(w.collection().value(), FIRST, c),
                        World::collection),
                listing("most starred", (c, w) -> rankings.mostStarred(w.collection().value(), FIRST, c),
                        World::collection),
                listing("most pulled", (c, w) -> rankings.mostPulledCollections(w.collection().value(), FIRST, c),
                        World::collection),
                change("star", AccessPart::signedIn, (c, w) -> stars.star(w.collection(), c)),
                change("describe", AccessPart::manages, (c, w) -> collections.describe(w.collection(), "changed", false, c)),
                change("add an owner", AccessPart::manages,
                        (c, w) -> collections.addOwner(w.collection(), Fixtures.unique("owner"), c)),
                change("add a contributor", AccessPart::manages,
                        (c, w) -> collections.addContributor(w.collection(), Fixtures.unique("contributor"), c)),
                change("delete the collection", AccessPart::manages, (c, w) -> collections.delete(w.collection(), c)),
                change("push", AccessPart::manages, (c, w) -> images.announce(w.collection(), new ContainerName("pushed"),
                        ImageDigest.parse("sha256." + "7".repeat(64)), c)),
                change("tag", AccessPart::manages, (c, w) -> containers.tag(w.image(), new Tag("second"), c)),
                change("freeze", AccessPart::manages, (c, w) -> containers.freeze(w.image(), true, c)),
                change("create a share link", AccessPart::manages,
                        (c, w) -> shares.create(w.image(), Instant.now().plus(Duration.ofDays(1)), c)),
                change("delete the container", AccessPart::manages, (c, w) -> containers.delete(w.image(), c)),
                change("add a topic tag", AccessPart::editsTopics,
                        (c, w) -> containers.addTopicTag(w.image(), new TopicName("chemistry"), c)),
                new Operation("create a collection",
                        (p, privacy) -> p.createsCollections() ? "done" : p.signedIn() ? "403" : "401",
                        (p, w) -> answer(() -> collections.create(new CollectionName(Fixtures.unique("mine")),
                                w.privacy() == Privacy.PRIVATE, callers.get(p))), false),
                new Operation("create a collection for another",
                        (p, privacy) -> !p.signedIn() ? "401" : p.createsForOthers() ? "done" : "403",
                        this::createForAnother, false));
    }

    private Operation read(String name, Call call) {
        return new Operation(name, (p, privacy) -> p.sees(privacy) ? "done" : "404",
                (p, w) -> answer(() -> call.make(callers.get(p), w)), false);
    }

    private Operation listing(String name, BiFunction<Caller, World, Object> list, Function<World, Object> mark) {
        return new Operation(name, (p, privacy) -> p.sees(privacy) ? "listed" : "not listed",
                (p, w) -> list.apply(callers.get(p), w).toString().contains(mark.apply(w).toString())
                        ? "listed" : "not listed", false);
    }

    /** A change: a sign-in first (401), then visibility (404), then the right (403). Each cell on a new world. */
    private Operation change(String name, Predicate<AccessPart> allowed, Call call) {
        return new Operation(name,
                (p, privacy) -> !p.signedIn() ? "401" : !p.sees(privacy) ? "404" : allowed.test(p) ? "done" : "403",
                (p, w) -> answer(() -> call.make(callers.get(p), w)), true);
    }

    private String createForAnother(AccessPart part, World world) {
        String newcomer = Fixtures.unique("newcomer");
        CollectionName name = new CollectionName(Fixtures.unique("theirs"));
        String answer = answer(() -> collections.create(name, world.privacy() == Privacy.PRIVATE, newcomer,
                callers.get(part)));
        if (answer.equals("done")
                && !collections.details(name, callers.get(AccessPart.ADMIN)).owners().equals(List.of(newcomer))) {
            return "done, but not owned by " + newcomer;
        }
        return answer;
    }

    /** "done", or the status the APIs answer the refusal with. */
    private static String answer(Runnable call) {
        try {
            call.run();
            return "done";
        } catch (NotSignedInException e) {
            return "401";
        } catch (AccessDeniedException e) {
            return "403";
        } catch (NotFoundException e) {
            return "404";
        }
    }

    // ---- the callers and their collections ---------------------------------------------------------------------

    private void makeTheCallers() {
        callers.put(AccessPart.ANONYMOUS, Caller.anonymous());
        callers.put(AccessPart.USER, fixtures.signedInUser());
        callers.put(AccessPart.CONTRIBUTOR, fixtures.signedInUser());
        callers.put(AccessPart.TEAM_MEMBER, fixtures.signedInUser());
        callers.put(AccessPart.OWNER, fixtures.signedInUser());
        callers.put(AccessPart.MANAGER, new Caller(Fixtures.unique("manager"), Set.of(Role.USER, Role.MANAGER)));
        callers.put(AccessPart.ADMIN, Caller.admin(Fixtures.unique("admin")));
        callers.put(AccessPart.OWNERS_TOKEN_FOR_ELSEWHERE,
                callers.get(AccessPart.OWNER).limitedTo(Set.of(AccessPart.ELSEWHERE)));
        team = new TeamName(Fixtures.unique("team"));
        teams.create(team, callers.get(AccessPart.TEAM_MEMBER));
    }

    /** A collection with its members and {@code img:v1}, for one change. */
    private World world(Privacy privacy) {
        CollectionName collection = memberedCollection(privacy);
        Container image = fixtures.container(collection, "img:v1", callers.get(AccessPart.OWNER));
        return new World(privacy, collection, image.ref(), null, null);
    }

    /** A collection with its members and {@code img:v1}, read (a label, a topic), starred and pulled, for the reads. */
    private World readWorld(Privacy privacy) {
        Caller owner = callers.get(AccessPart.OWNER);
        CollectionName collection = memberedCollection(privacy);
        String labelValue = Fixtures.unique("value");
        String topic = Fixtures.unique("topic");
        Container image = fixtures.read(collection, "img:v1", owner, Map.of(LABEL_KEY, labelValue), topic);
        stars.star(collection, owner);
        fixtures.pulls(image, 1, Instant.now());
        return new World(privacy, collection, image.ref(), labelValue, topic);
    }

    private CollectionName memberedCollection(Privacy privacy) {
        Caller owner = callers.get(AccessPart.OWNER);
        CollectionName collection = fixtures.collection(Fixtures.unique("matrix") + "-" + privacy, owner,
                privacy == Privacy.PRIVATE);
        collections.addContributor(collection, callers.get(AccessPart.CONTRIBUTOR).username(), owner);
        collections.addTeam(collection, team, owner);
        return collection;
    }
}
