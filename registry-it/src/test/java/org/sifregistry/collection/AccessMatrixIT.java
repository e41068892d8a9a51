package org.sifregistry.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.AccessPart;
import org.sifregistry.testing.AccessPart.Privacy;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The access model of issue 7 as one table: every role (anonymous, an unrelated user, a contributor, a team member,
 * the owner, a manager, an admin) against a public and a private collection, for every operation the web pages, the
 * shub API, the library API and the OCI API ({@link OciAccessRows}) offer, each with the answer the model gives. A
 * collection someone may not see is missing for them (404, never 403, so its existence is not revealed); what they
 * see but may not do is 403; a change asked for without a sign-in is 401 (for the OCI API, a read without
 * credentials that may not be answered is 401 with its challenge too). Each cell is a test named
 * "role operation privacy → answer".
 *
 * <p>Everything goes over HTTP with each user's own credentials: their API tokens (pull tokens to read, push tokens
 * to change) and a signed-in web session. What the pages offer only to some (star, managing, topic tags) is checked
 * as offered or not here; the services' refusals of the same changes are {@link AccessMatrixServiceIT}'s table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class AccessMatrixIT {

    private static final String ARCH = "?arch=" + LibraryPush.ARCH;
    private static final String OWNER = TestUser.ALICE.username();
    private static final String LABEL_KEY = "org.example.note";
    private static final Duration PARSED_WITHIN = Duration.ofSeconds(60);

    /** One row of the table: how to find the answer a role gets, and which answer the access model gives. */
    record Operation(String name, BiFunction<AccessPart, Privacy, String> expected,
                             BiFunction<AccessPart, Privacy, String> actual) {
    }

    private final Api api = new Api();
    private final Map<AccessPart, BrowserSession> sessions = new EnumMap<>(AccessPart.class);

    // The two collections of the owner, each with img:v1 pushed; made once by the factory
    private final Map<Privacy, Pushed> images = new EnumMap<>(Privacy.class);
    private final Map<Privacy, String> labelValues = new EnumMap<>(Privacy.class);
    private final Map<Privacy, Path> files = new EnumMap<>(Privacy.class);

    @TestFactory
    Stream<DynamicTest> accessMatrix() {
        makeTheWorld();
        List<DynamicTest> cells = new ArrayList<>();
        for (Operation operation : operations()) {
            for (Privacy privacy : Privacy.values()) {
                for (AccessPart role : AccessPart.values()) {
                    String expected = role.tokenOnly() && operation.name().startsWith("web:") ? null
                            : operation.expected().apply(role, privacy);
                    String cell = role + " " + operation.name() + " " + privacy + " → " + expected;
                    if (expected != null) {
                        // named in the message too: the failsafe report numbers dynamic tests rather than naming them
                        cells.add(dynamicTest(cell, () -> assertEquals(expected, operation.actual().apply(role, privacy),
                                cell)));
                    }
                }
            }
        }
        return cells.stream();
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>(List.of(
                // ---- web pages ----
                new Operation("web: collection page", this::read, this::collectionPage),
                new Operation("web: container page", this::read,
                        (r, p) -> status(web(r).get("containers/container.xhtml?ref=" + ref(p) + ":v1"))),
                new Operation("web: collections search", (r, p) -> r.sees(p) ? "listed" : "not listed",
                        (r, p) -> listed(web(r).get("collections/index.xhtml?q=" + collection(p)),
                                "collection.xhtml?name=" + collection(p) + "\"")),
                new Operation("web: label page", (r, p) -> r.sees(p) ? "listed" : "not listed",
                        (r, p) -> listed(web(r).get(labelPage(p)), ref(p) + ":v1")),
                new Operation("web: star", (r, p) -> !r.sees(p) ? "404" : r.signedIn() ? "starred" : "no toggle",
                        this::star),
                new Operation("web: manage collection", (r, p) -> offered(r, p, r.manages()),
                        (r, p) -> offer(web(r).get("collections/collection.xhtml?name=" + collection(p)),
                                "id=\"collection:manage\"")),
                new Operation("web: freeze, share, delete container", (r, p) -> offered(r, p, r.manages()),
                        (r, p) -> offer(web(r).get("containers/container.xhtml?ref=" + ref(p) + ":v1"),
                                "id=\"container:manage\"")),
                new Operation("web: edit topic tags", (r, p) -> offered(r, p, r.editsTopics()),
                        (r, p) -> offer(web(r).get("containers/container.xhtml?ref=" + ref(p) + ":v1"),
                                "id=\"container:topicInput\"")),
                new Operation("web: create collection", (r, p) -> r.signedIn() ? "created" : "no form",
                        this::webCreate),
                new Operation("web: create collection for another",
                        (r, p) -> !r.signedIn() ? "no form" : r.createsForOthers() ? "created for them" : "no owner field",
                        this::webCreateForAnother),
                // ---- shub API ----
                new Operation("shub: manifest", this::read,
                        (r, p) -> status(api.get(shubPath(p), r.pullToken()))),
                new Operation("shub: pull", this::read, this::shubPull),
                // ---- library API ----
                new Operation("library: get collection", this::read,
                        (r, p) -> status(api.get("v1/collections/" + OWNER + "/" + collection(p), r.pullToken()))),
                new Operation("library: get container", this::read,
                        (r, p) -> status(api.get("v1/containers/" + images.get(p).ref(), r.pullToken()))),
                new Operation("library: get image", this::read,
                        (r, p) -> status(api.get("v1/images/" + images.get(p).ref() + ":v1" + ARCH, r.pullToken()))),
                new Operation("library: search", (r, p) -> r.sees(p) ? "listed" : "not listed",
                        (r, p) -> listed(api.get("v1/search?value=" + collection(p), r.pullToken()),
                                "\"" + collection(p) + "\"")),
                new Operation("library: pull", (r, p) -> r.sees(p) ? "303" : "404", this::libraryPull),
                new Operation("library: set tag", (r, p) -> write(r, p, r.manages()), this::setTag),
                new Operation("library: push", (r, p) -> write(r, p, r.manages()), this::push),
                new Operation("library: delete image", (r, p) -> write(r, p, r.manages()), this::deleteImage),
                new Operation("library: create collection",
                        (r, p) -> r.createsCollections() ? "200" : r.signedIn() ? "403" : "401", this::libraryCreate),
                new Operation("library: create collection for another",
                        (r, p) -> !r.signedIn() ? "401" : r.createsForOthers() ? "200" : "403",
                        this::libraryCreateForAnother)));
        // ---- oras:// (the OCI API) ----
        operations.addAll(new OciAccessRows(api, images::get, files::get, this::ownedBy).operations());
        // last, once stars and pulls have put the private collection on the rankings
        operations.add(new Operation("web: home, labels, topics and stats pages",
                (r, p) -> p == Privacy.PRIVATE && !r.sees(p) ? "not shown" : null, this::leaks));
        return operations;
    }

    // ---- expected answers --------------------------------------------------------------------------------------

    private String read(AccessPart role, Privacy privacy) {
        return role.sees(privacy) ? "200" : "404";
    }

    /**
     * A change needs a sign-in first (401, whatever it names, so nothing is learnt without one); then what the
     * caller may not see is missing (404); then the right (403).
     */
    private static String write(AccessPart role, Privacy privacy, boolean allowed) {
        if (!role.signedIn()) {
            return "401";
        }
        if (!role.sees(privacy)) {
            return "404";
        }
        return allowed ? "200" : "403";
    }

    private static String offered(AccessPart role, Privacy privacy, boolean allowed) {
        return !role.sees(privacy) ? "404" : allowed ? "offered" : "not offered";
    }

    // ---- actual answers ----------------------------------------------------------------------------------------

    private String collectionPage(AccessPart role, Privacy privacy) {
        Page page = web(role).get("collections/collection.xhtml?name=" + collection(privacy));
        if (page.status() == 200 && !page.contains("<h1 id=\"collectionName\">" + collection(privacy))) {
            return "200 without the collection";
        }
        return status(page);
    }

    private String star(AccessPart role, Privacy privacy) {
        Page page = web(role).get("collections/collection.xhtml?name=" + collection(privacy));
        if (page.status() != 200 || !page.contains("id=\"collection:starToggle\"")) {
            return page.status() == 200 ? "no toggle" : status(page);
        }
        Page starred = web(role).submit(page, "collection", Map.of(), "collection:starToggle");
        return starred.contains("You starred " + collection(privacy)) ? "starred" : "not starred: " + starred.body();
    }

    private String webCreate(AccessPart role, Privacy privacy) {
        Page list = web(role).get("collections/index.xhtml");
        if (!list.contains("newCollection:name")) {
            return "no form";
        }
        String name = Names.unique("web");
        Page created = web(role).submit(list, "newCollection", newCollectionFields(name, privacy, null),
                "newCollection:create");
        boolean owned = created.contains("owner-name\">" + role.user().username() + "<");
        boolean privacyKept = created.contains("badge-private") == (privacy == Privacy.PRIVATE);
        return created.contains("Collection " + name + " created.") && owned && privacyKept
                ? "created" : "not created as asked: " + created.body();
    }

    private String webCreateForAnother(AccessPart role, Privacy privacy) {
        Page list = web(role).get("collections/index.xhtml");
        if (!list.contains("newCollection:name")) {
            return "no form";
        }
        if (!list.contains("newCollection:owner")) {
            return "no owner field";
        }
        String name = Names.unique("web");
        String newcomer = Names.unique("newcomer");
        Page created = web(role).submit(list, "newCollection", newCollectionFields(name, privacy, newcomer),
                "newCollection:create");
        if (!created.contains("Collection " + name + " created for " + newcomer)) {
            return "not created: " + created.body();
        }
        return ownedBy(name, newcomer) ? "created for them" : "created, but not owned by " + newcomer;
    }

    private String shubPull(AccessPart role, Privacy privacy) {
        Reply manifest = api.get(shubPath(privacy), role.pullToken());
        if (manifest.status() != 200) {
            return status(manifest);
        }
        Reply image = api.getFollowingRedirects(manifest.json().getString("image"));
        return sameBytes(image, privacy) ? "200" : "image URL answered " + image.status();
    }

    private String libraryPull(AccessPart role, Privacy privacy) {
        Reply pulled = api.get("v1/imagefile/" + images.get(privacy).ref() + ":v1" + ARCH, role.pullToken());
        if (pulled.status() != 303) {
            return status(pulled);
        }
        return sameBytes(api.get(pulled.header("Location")), privacy) ? "303" : "the signed URL failed";
    }

    /** The role sets a tag of its own on the image; a refused tag must not exist afterwards. */
    private String setTag(AccessPart role, Privacy privacy) {
        Pushed image = images.get(privacy);
        String tag = "t-" + Names.unique(role.name().toLowerCase().replace('_', '-'));
        Reply answer = api.post("v2/tags/" + image.containerId(), role.pushToken(), tagBody(tag, image.imageId()));
        boolean tagged = api.get("v1/images/" + image.ref() + ":" + tag + ARCH, TestUser.ALICE.pullToken())
                .status() == 200;
        return tagged == (answer.status() == 200) ? status(answer) : answer.status() + ", but tagged: " + tagged;
    }

    /** The whole push of a new container as the library client makes it: container, image, upload, tag. */
    private String push(AccessPart role, Privacy privacy) {
        String container = Names.unique("push");
        Reply made = api.post("v1/containers", role.pushToken(), Api.object().add("name", container)
                .add("collection", collection(privacy)).build());
        if (made.status() != 200) {
            return status(made);
        }
        LibraryPush push = new LibraryPush(api, role.pushToken());
        Path file = Tools.sif(4096, container);
        String containerId = made.data().getString("id");
        JsonObject image = push.image(OWNER, collection(privacy), container, containerId, "sha256." + Api.sha256(file));
        push.upload(image.getString("id"), file);
        push.tag(containerId, "v1", image.getString("id"));
        return status(api.get("v1/images/" + OWNER + "/" + collection(privacy) + "/" + container + ":v1" + ARCH,
                TestUser.ALICE.pullToken()));
    }

    /** The owner tags the image for the role, which then deletes that tag; a refused delete leaves it. */
    private String deleteImage(AccessPart role, Privacy privacy) {
        Pushed image = images.get(privacy);
        String tag = "d-" + Names.unique(role.name().toLowerCase().replace('_', '-'));
        new LibraryPush(api, TestUser.ALICE.pushToken()).tag(image.containerId(), tag, image.imageId());
        String path = "v1/images/" + image.ref() + ":" + tag + ARCH;
        Reply answer = api.delete(path, role.pushToken());
        boolean gone = api.get(path, TestUser.ALICE.pullToken()).status() == 404;
        return gone == (answer.status() == 200) ? status(answer) : answer.status() + ", but deleted: " + gone;
    }

    /** As the library client creates a collection when it pushes: the entity (the role's own name), then it. */
    private String libraryCreate(AccessPart role, Privacy privacy) {
        String entity = role.signedIn() ? role.user().username() : OWNER;
        return createUnder(role, entity, privacy, entity);
    }

    /** A manager pushes under the entity of someone the registry has not seen yet, who owns what is made. */
    private String libraryCreateForAnother(AccessPart role, Privacy privacy) {
        String newcomer = Names.unique("newcomer");
        return createUnder(role, newcomer, privacy, newcomer);
    }

    private String createUnder(AccessPart role, String entity, Privacy privacy, String expectedOwner) {
        Reply madeEntity = api.post("v1/entities", role.pushToken(), Api.object().add("name", entity).build());
        if (madeEntity.status() != 200) {
            return status(madeEntity);
        }
        String name = Names.unique("lib");
        Reply made = api.post("v1/collections", role.pushToken(), Api.object().add("name", name).add("entity", entity)
                .add("private", privacy == Privacy.PRIVATE).build());
        if (made.status() != 200) {
            return status(made);
        }
        return ownedBy(name, expectedOwner) ? "200" : "200, but not owned by " + expectedOwner;
    }

    /** The pages that list or count collections and containers: none names the private collection or its label. */
    private String leaks(AccessPart role, Privacy privacy) {
        List<String> leaking = new ArrayList<>();
        for (String path : List.of("", "collections/index.xhtml", "labels/index.xhtml",
                "labels/label.xhtml?key=" + LABEL_KEY, "topics/index.xhtml", "topics/topic.xhtml?name=alpine",
                "stats/sizes.xhtml", "stats/stars.xhtml", "stats/downloads.xhtml")) {
            Page page = web(role).get(path);
            if (page.status() != 200 || page.contains(collection(privacy)) || page.contains(labelValues.get(privacy))) {
                leaking.add(path + " (" + page.status() + ")");
            }
        }
        return leaking.isEmpty() ? "not shown" : "shown on " + leaking;
    }

    // ---- the world the table runs against ----------------------------------------------------------------------

    /**
     * Alice owns a public and a private collection, each with {@code img:v1} (a real SIF with a label of its own);
     * bob contributes to both; carol's team is given both; dave is no one to them. Mona is a manager, root an admin.
     */
    private void makeTheWorld() {
        grantRolesForTokens();
        String word = Names.unique("matrix");
        LibraryPush alice = new LibraryPush(api, TestUser.ALICE.pushToken());
        for (Privacy privacy : Privacy.values()) {
            String collection = word + "-" + privacy;
            labelValues.put(privacy, Names.unique("note"));
            files.put(privacy, Tools.sif(4096, labelValues.get(privacy)));
            alice.entity(OWNER);
            alice.collection(OWNER, collection, privacy == Privacy.PRIVATE);
            images.put(privacy, alice.push(files.get(privacy), OWNER, collection, "img", "v1"));
        }
        String team = Names.unique("team");
        Page teams = web(AccessPart.TEAM_MEMBER).submit(web(AccessPart.TEAM_MEMBER).get("account/teams.xhtml"), "createTeam",
                Map.of("createTeam:teamName", team), "createTeam:create");
        assertEquals(true, teams.contains("Team " + team + " created."), teams.body());
        for (Privacy privacy : Privacy.values()) {
            addMember(privacy, "newContributor", TestUser.BOB.username(), "addContributor", "is now a contributor");
            addMember(privacy, "newTeam", team, "addTeam", "now see this collection");
            // the label pages list the image once the parse-image job has read it
            Eventually.await(PARSED_WITHIN, () -> web(AccessPart.OWNER).get(labelPage(privacy)),
                    page -> page.contains(ref(privacy) + ":v1"), "the label of " + ref(privacy));
        }
    }

    /**
     * API tokens carry the roles granted in the registry, not the realm's (which are known only at a sign-in), so
     * root, an admin of the realm, grants mona manager and itself admin in the registry, as the README tells admins.
     */
    private void grantRolesForTokens() {
        web(AccessPart.MANAGER).get("account/index.xhtml");
        grant("mona", "grantManager");
        grant("root", "grantAdmin");
    }

    private void grant(String username, String button) {
        Page users = web(AccessPart.ADMIN).get("admin/users.xhtml?q=" + username);
        if (users.contains("users:table:0:" + button)) {
            users = web(AccessPart.ADMIN).submit(users, "users", Map.of("users:search", username), "users:table:0:" + button);
        }
        assertEquals(true, users.contains("users:table:0:" + button.replace("grant", "revoke")),
                username + " has the role: " + users.body());
    }

    private void addMember(Privacy privacy, String field, String member, String button, String confirmation) {
        Page page = web(AccessPart.OWNER).get("collections/collection.xhtml?name=" + collection(privacy));
        Page added = web(AccessPart.OWNER).submit(page, "collection", Map.of("collection:" + field, member),
                "collection:" + button);
        assertEquals(true, added.contains(confirmation), member + " added to " + collection(privacy) + ": "
                + added.body());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private BrowserSession web(AccessPart role) {
        return sessions.computeIfAbsent(role,
                r -> r.signedIn() ? BrowserSession.signedIn(r.user()) : BrowserSession.anonymous());
    }

    private String collection(Privacy privacy) {
        return images.get(privacy).collection();
    }

    /** {@code collection/img}, without a tag. */
    private String ref(Privacy privacy) {
        return collection(privacy) + "/img";
    }

    private String shubPath(Privacy privacy) {
        return "api/container/" + ref(privacy) + ":v1";
    }

    private String labelPage(Privacy privacy) {
        return "labels/label.xhtml?key=" + LABEL_KEY + "&value="
                + URLEncoder.encode(labelValues.get(privacy), StandardCharsets.UTF_8);
    }

    /** Whether the admin's collection page lists {@code owner} as the owner of {@code collection}. */
    private boolean ownedBy(String collection, String owner) {
        return web(AccessPart.ADMIN).get("collections/collection.xhtml?name=" + collection)
                .contains("owner-name\">" + owner + "<");
    }

    private boolean sameBytes(Reply download, Privacy privacy) {
        return download.status() == 200 && Api.sha256(download.body()).equals(Api.sha256(files.get(privacy)));
    }

    private static Map<String, String> newCollectionFields(String name, Privacy privacy, String owner) {
        Map<String, String> fields = new HashMap<>();
        fields.put("newCollection:name", name);
        if (privacy == Privacy.PRIVATE) {
            fields.put("newCollection:privateFlag_input", "on");
        }
        if (owner != null) {
            fields.put("newCollection:owner", owner);
        }
        return fields;
    }

    private static JsonObject tagBody(String tag, String imageId) {
        return Api.object().add("Arch", LibraryPush.ARCH).add("Tag", tag).add("ImageID", imageId).build();
    }

    private static String listed(Reply reply, String mark) {
        return reply.status() != 200 ? status(reply) : reply.text().contains(mark) ? "listed" : "not listed";
    }

    private static String listed(Page page, String mark) {
        return page.status() != 200 ? status(page) : page.contains(mark) ? "listed" : "not listed";
    }

    private static String offer(Page page, String control) {
        return page.status() != 200 ? status(page) : page.contains(control) ? "offered" : "not offered";
    }

    private static String status(Reply reply) {
        return Integer.toString(reply.status());
    }

    private static String status(Page page) {
        return Integer.toString(page.status());
    }
}
