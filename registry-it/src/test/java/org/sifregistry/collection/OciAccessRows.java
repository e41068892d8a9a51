package org.sifregistry.collection;

import java.io.FileNotFoundException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import org.sifregistry.collection.AccessMatrixIT.Operation;
import org.sifregistry.testing.AccessPart;
import org.sifregistry.testing.AccessPart.Privacy;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;

/**
 * The rows of {@link AccessMatrixIT} for {@code oras://}, the OCI Distribution API under {@code /v2/}, over the same
 * world (the owner's public and private collection with {@code img:v1}): the token endpoint's grants, the version
 * check, every read and change of a repository and the catalog, each with the credentials OCI clients send.
 *
 * <p>Every row but the grants runs with four kinds of credentials: HTTP basic with the password or with an API push
 * token as the password, sent on every request (Apptainer's Basic challenge), and a token from {@code /v2/token}
 * asked for {@code repository:<name>:pull,push} with either of them (its Bearer challenge). Anonymous clients send
 * nothing in the first case and ask the token without credentials in the second.
 *
 * <p>The answers follow the access model with the OCI API's one difference from the library and shub APIs: a
 * request without credentials that may not do what it asks is answered 401 with the {@code Bearer} challenge
 * (realm: the registry's own {@code /v2/token}), for a read of a private repository too, where the other APIs answer
 * 404; OCI clients only send credentials after a challenge, and the challenge is the same for a repository that does
 * not exist, so nothing is revealed. With credentials, what the caller may not see is {@code 404 NAME_UNKNOWN} and
 * what they see but may not change {@code 403 DENIED}, as elsewhere.
 */
final class OciAccessRows {

    private static final String REALM = "http://localhost:8080/v2/token";
    private static final String SERVICE = "localhost:8080";
    private static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
    private static final String OWNER = TestUser.ALICE.basicAuthorization();

    /** What a client sends; see the class comment. */
    enum Credentials {
        BASIC_PASSWORD("Basic password", false, false),
        BASIC_API_TOKEN("Basic API token", false, true),
        TOKEN_FOR_PASSWORD("token for password", true, false),
        TOKEN_FOR_API_TOKEN("token for API token", true, true);

        private final String label;
        private final boolean registryToken;
        private final boolean apiToken;

        Credentials(String label, boolean registryToken, boolean apiToken) {
            this.label = label;
            this.registryToken = registryToken;
            this.apiToken = apiToken;
        }

        /**
         * An anonymous client has no API token: the rows of those kinds have no anonymous cells; a part played by a
         * token alone has no password.
         */
        boolean appliesTo(AccessPart role) {
            return role.tokenOnly() ? apiToken : role.signedIn() || !apiToken;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Api api;
    private final Function<Privacy, Pushed> images;
    private final Function<Privacy, Path> files;
    private final BiPredicate<String, String> ownedBy;
    private final Map<Privacy, Reply> manifests = new EnumMap<>(Privacy.class);

    /**
     * @param images  the owner's {@code img:v1} in each collection
     * @param files   its file
     * @param ownedBy whether a collection (first) is owned by a user (second)
     */
    OciAccessRows(Api api, Function<Privacy, Pushed> images, Function<Privacy, Path> files,
                  BiPredicate<String, String> ownedBy) {
        this.api = api;
        this.images = images;
        this.files = files;
        this.ownedBy = ownedBy;
    }

    List<Operation> operations() {
        List<Operation> rows = new ArrayList<>();
        rows.add(new Operation("oci: token grants, Basic password",
                (r, p) -> r.tokenOnly() ? null : granted(r, p, true),
                (r, p) -> grants(r, p, r.signedIn() ? r.user().basicAuthorization() : null)));
        rows.add(new Operation("oci: token grants, Basic API push token",
                (r, p) -> r.signedIn() ? granted(r, p, true) : null,
                (r, p) -> grants(r, p, Api.basic(r.user().username(), r.pushToken()))));
        rows.add(new Operation("oci: token grants, Basic API pull token",
                (r, p) -> r.signedIn() ? granted(r, p, false) : null,
                (r, p) -> grants(r, p, Api.basic(r.user().username(), r.pullToken()))));
        for (Credentials credentials : Credentials.values()) {
            rows.addAll(operations(credentials));
        }
        return rows;
    }

    private List<Operation> operations(Credentials credentials) {
        String prefix = "oci (" + credentials + "): ";
        List<Operation> rows = new ArrayList<>();
        // ---- reads ----
        rows.add(row(credentials, prefix + "GET /v2/",
                (r, p) -> p == Privacy.PRIVATE ? null : !r.signedIn() && !credentials.registryToken ? "401 challenge" : "200",
                (r, p) -> answer(send(r, p, credentials, Api.request("v2/").GET()), 200, ok -> true)));
        rows.add(row(credentials, prefix + "manifest HEAD by tag", (r, p) -> read(r, p, false),
                (r, p) -> answer(send(r, p, credentials, head(repository(p) + "/manifests/v1")), 200,
                        ok -> digestOf(p).equals(ok.header("Docker-Content-Digest")))));
        rows.add(row(credentials, prefix + "manifest GET by tag", (r, p) -> read(r, p, true),
                (r, p) -> answer(send(r, p, credentials, Api.request(repository(p) + "/manifests/v1").GET()), 200,
                        ok -> ok.text().equals(manifest(p).text()))));
        rows.add(row(credentials, prefix + "manifest HEAD by digest", (r, p) -> read(r, p, false),
                (r, p) -> answer(send(r, p, credentials, head(repository(p) + "/manifests/" + digestOf(p))), 200,
                        ok -> digestOf(p).equals(ok.header("Docker-Content-Digest")))));
        rows.add(row(credentials, prefix + "manifest GET by digest", (r, p) -> read(r, p, true),
                (r, p) -> answer(send(r, p, credentials, Api.request(repository(p) + "/manifests/" + digestOf(p))
                        .GET()), 200, ok -> ok.text().equals(manifest(p).text()))));
        rows.add(row(credentials, prefix + "blob HEAD", (r, p) -> read(r, p, false),
                (r, p) -> answer(send(r, p, credentials, head(blob(p))), 200,
                        ok -> Long.toString(Api.size(files.apply(p))).equals(ok.header("Content-Length")))));
        rows.add(row(credentials, prefix + "blob GET", (r, p) -> read(r, p, true),
                (r, p) -> answer(send(r, p, credentials, Api.request(blob(p)).GET()), 200,
                        ok -> Api.sha256(ok.body()).equals(images.apply(p).sha256()))));
        rows.add(row(credentials, prefix + "tags/list", (r, p) -> read(r, p, true),
                (r, p) -> answer(send(r, p, credentials, Api.request(repository(p) + "/tags/list").GET()), 200,
                        ok -> strings(ok.json().getJsonArray("tags")).contains("v1"))));
        rows.add(row(credentials, prefix + "_catalog", (r, p) -> r.sees(p) ? "listed" : "not listed",
                // a page from the collection on: the rows below add repositories to it (del-...), sorted before img
                (r, p) -> catalog(send(r, p, credentials, Api.request("v2/_catalog?n=1000&last="
                        + images.apply(p).collection()).GET()), name(p))));
        // ---- changes ----
        rows.add(row(credentials, prefix + "blob upload POST", (r, p) -> change(r, p, "202"),
                (r, p) -> startUpload(r, p, credentials)));
        rows.add(row(credentials, prefix + "manifest PUT", (r, p) -> change(r, p, "201"),
                (r, p) -> putManifest(r, p, credentials)));
        rows.add(row(credentials, prefix + "manifest DELETE by tag", (r, p) -> change(r, p, "202"),
                (r, p) -> deleteTag(r, p, credentials)));
        rows.add(row(credentials, prefix + "manifest DELETE by digest", (r, p) -> change(r, p, "202"),
                (r, p) -> deleteByDigest(r, p, credentials)));
        // ---- a first push into a collection nobody has: whoever may create collections makes it their own ----
        rows.add(row(credentials, prefix + "blob upload into a new collection",
                (r, p) -> p == Privacy.PRIVATE ? null : intoNewCollection(r),
                (r, p) -> pushIntoNewCollection(r, p, credentials, true)));
        rows.add(row(credentials, prefix + "manifest PUT into a new collection",
                (r, p) -> p == Privacy.PRIVATE ? null : intoNewCollection(r),
                (r, p) -> pushIntoNewCollection(r, p, credentials, false)));
        return rows;
    }

    private static Operation row(Credentials credentials, String name, BiFunction<AccessPart, Privacy, String> expected,
                                 BiFunction<AccessPart, Privacy, String> actual) {
        return new Operation(name, (r, p) -> credentials.appliesTo(r) ? expected.apply(r, p) : null, actual);
    }

    // ---- expected answers --------------------------------------------------------------------------------------

    /** What a token asked for {@code pull,push} grants: pull where the role sees, push where it manages too. */
    private static String granted(AccessPart role, Privacy privacy, boolean pushToken) {
        if (!role.sees(privacy)) {
            return "granted none";
        }
        return role.manages() && pushToken ? "granted pull,push" : "granted pull";
    }

    private static String intoNewCollection(AccessPart role) {
        return role.createsCollections() ? "201, owned by them" : role.signedIn() ? "403 DENIED" : "401 challenge";
    }

    /** Without credentials the challenge; then missing where the role does not see; a HEAD has no body to say so. */
    private static String read(AccessPart role, Privacy privacy, boolean withBody) {
        if (role.sees(privacy)) {
            return "200";
        }
        return !role.signedIn() ? "401 challenge" : withBody ? "404 NAME_UNKNOWN" : "404";
    }

    /** A change needs credentials (the challenge), then sight of the repository (404), then the right (403). */
    private static String change(AccessPart role, Privacy privacy, String done) {
        if (!role.signedIn()) {
            return "401 challenge";
        }
        if (!role.sees(privacy)) {
            return "404 NAME_UNKNOWN";
        }
        return role.manages() ? done : "403 DENIED";
    }

    // ---- actual answers ----------------------------------------------------------------------------------------

    /** The actions the token's signed payload grants on the repository, as the registry encodes them. */
    private String grants(AccessPart role, Privacy privacy, String authorization) {
        HttpRequest.Builder request = Api.request("v2/token?service=" + SERVICE + "&scope="
                + URLEncoder.encode("repository:" + name(privacy) + ":pull,push", StandardCharsets.UTF_8)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        Reply answer = api.send(request);
        if (answer.status() != 200) {
            return Integer.toString(answer.status());
        }
        String token = answer.json().getString("token");
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonArray actions = reader.readObject().getJsonObject("access").getJsonArray(name(privacy));
            if (actions == null) {
                return "the repository is not in the token: " + payload;
            }
            return actions.isEmpty() ? "granted none" : "granted " + String.join(",", strings(actions));
        }
    }

    /** Starts an upload, and cancels it, with the same credentials, once it is started. */
    private String startUpload(AccessPart role, Privacy privacy, Credentials credentials) {
        String authorization = authorization(role, privacy, credentials);
        Reply started = send(authorization, Api.request(repository(privacy) + "/blobs/uploads/")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (started.status() == 202) {
            send(authorization, Api.request(started.header("Location").substring(1)).DELETE()).expect(204);
        }
        return answer(started, 202, ok -> ok.header("Location") != null);
    }

    /** The role tags the image anew with its manifest; a refused tag must not exist afterwards. */
    private String putManifest(AccessPart role, Privacy privacy, Credentials credentials) {
        String tag = "p-" + Names.unique("oci");
        Reply put = send(role, privacy, credentials, manifestPut(repository(privacy), tag, privacy));
        boolean tagged = send(OWNER, head(repository(privacy) + "/manifests/" + tag)).status() == 200;
        return tagged == (put.status() == 201) ? answer(put, 201, ok -> digestOf(privacy)
                .equals(ok.header("Docker-Content-Digest"))) : put.status() + ", but tagged: " + tagged;
    }

    /** The owner tags the image for the role, which deletes that tag; a refused delete leaves it. */
    private String deleteTag(AccessPart role, Privacy privacy, Credentials credentials) {
        String tag = "d-" + Names.unique("oci");
        send(OWNER, manifestPut(repository(privacy), tag, privacy)).expect(201);
        Reply deleted = send(role, privacy, credentials, Api.request(repository(privacy) + "/manifests/" + tag)
                .DELETE());
        return gone(deleted, repository(privacy) + "/manifests/" + tag);
    }

    /**
     * The owner puts the image's manifest under a name of its own (deleting by digest takes every tag of the name
     * on that image), which the role deletes by digest; a refused delete leaves it.
     */
    private String deleteByDigest(AccessPart role, Privacy privacy, Credentials credentials) {
        String name = "v2/" + images.apply(privacy).collection() + "/" + Names.unique("del");
        send(OWNER, manifestPut(name, "v1", privacy)).expect(201);
        Reply deleted = send(authorization(role, privacy, credentials, name.substring("v2/".length())),
                Api.request(name + "/manifests/" + digestOf(privacy)).DELETE());
        return gone(deleted, name + "/manifests/v1");
    }

    /**
     * The role's first push into a collection nobody has: the SIF in one POST, or the manifest of the public image
     * (whose SIF anyone may pull, so it counts as uploaded). Made, it must be the role's; refused, it must not exist.
     */
    private String pushIntoNewCollection(AccessPart role, Privacy privacy, Credentials credentials, boolean blob) {
        String collection = Names.unique("ocinew");
        String name = collection + "/img";
        String authorization = authorization(role, privacy, credentials, name);
        Reply pushed = blob
                ? send(authorization, Api.request("v2/" + name + "/blobs/uploads/?digest=sha256:"
                        + images.apply(privacy).sha256()).POST(ofFile(files.apply(privacy))))
                : send(authorization, manifestPut("v2/" + name, "v1", privacy));
        boolean owned = role.signedIn() && ownedBy.test(collection, role.user().username());
        boolean exists = api.get("v1/collections/" + TestUser.ROOT.username() + "/" + collection,
                TestUser.ROOT.pullToken()).status() == 200;
        if (pushed.status() == 201) {
            return owned ? "201, owned by them" : "201, but not owned by them";
        }
        return exists ? pushed.status() + ", but the collection exists" : answer(pushed, 201, ok -> true);
    }

    private String catalog(Reply reply, String repository) {
        if (reply.status() != 200) {
            return answer(reply, 200, ok -> true);
        }
        return strings(reply.json().getJsonArray("repositories")).contains(repository) ? "listed" : "not listed";
    }

    private String gone(Reply deleted, String manifest) {
        boolean gone = send(OWNER, head(manifest)).status() == 404;
        return gone == (deleted.status() == 202) ? answer(deleted, 202, ok -> true)
                : deleted.status() + ", but deleted: " + gone;
    }

    /**
     * The answer as the cell names it: the expected status when the content is right too; 401 with the registry's
     * challenge; otherwise the status and the error code of the OCI error body, if there is one.
     */
    private static String answer(Reply reply, int expected, Predicate<Reply> right) {
        if (reply.status() == expected) {
            return right.test(reply) ? Integer.toString(expected) : expected + " with the wrong content";
        }
        if (reply.status() == 401) {
            String challenge = reply.header("WWW-Authenticate");
            return challenge != null && challenge.startsWith("Bearer realm=\"" + REALM + "\",service=\"" + SERVICE
                    + "\"") ? "401 challenge" : "401 without the registry's challenge: " + challenge;
        }
        if (reply.body().length == 0) {
            return Integer.toString(reply.status());
        }
        return reply.status() + " " + reply.json().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    // ---- requests ----------------------------------------------------------------------------------------------

    private Reply send(AccessPart role, Privacy privacy, Credentials credentials, HttpRequest.Builder request) {
        return send(authorization(role, privacy, credentials), request);
    }

    private Reply send(String authorization, HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private String authorization(AccessPart role, Privacy privacy, Credentials credentials) {
        return authorization(role, privacy, credentials, name(privacy));
    }

    /** The header the role's client sends for {@code name}; null for none. */
    private String authorization(AccessPart role, Privacy privacy, Credentials credentials, String name) {
        String basic = !role.signedIn() ? null : credentials.apiToken
                ? Api.basic(role.user().username(), role.pushToken()) : role.user().basicAuthorization();
        if (!credentials.registryToken) {
            return basic;
        }
        HttpRequest.Builder request = Api.request("v2/token?service=" + SERVICE + "&scope="
                + URLEncoder.encode("repository:" + name + ":pull,push", StandardCharsets.UTF_8)).GET();
        return "Bearer " + send(basic, request).expect(200).json().getString("token");
    }

    private HttpRequest.Builder manifestPut(String repository, String reference, Privacy privacy) {
        return Api.request(repository + "/manifests/" + reference).header("Content-Type", MANIFEST_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(manifest(privacy).body()));
    }

    /** The manifest of {@code img:v1}, as its owner pulls it. */
    private Reply manifest(Privacy privacy) {
        return manifests.computeIfAbsent(privacy, p -> send(OWNER, Api.request(repository(p) + "/manifests/v1")
                .GET()).expect(200));
    }

    private String digestOf(Privacy privacy) {
        return manifest(privacy).header("Docker-Content-Digest");
    }

    private static HttpRequest.Builder head(String path) {
        return Api.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody());
    }

    private static HttpRequest.BodyPublisher ofFile(Path file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code collection/img}, the repository. */
    private String name(Privacy privacy) {
        return images.apply(privacy).collection() + "/img";
    }

    private String repository(Privacy privacy) {
        return "v2/" + name(privacy);
    }

    private String blob(Privacy privacy) {
        return repository(privacy) + "/blobs/sha256:" + images.apply(privacy).sha256();
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString::getString);
    }
}
