package org.sifregistry.common;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.MINUTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.OwnMariaDb;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.RestartableServerTest;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The database goes away for 30 s in the middle of a mixed load (lookups, pulls, pages, pushes) and comes back:
 * requests in the gap are answered 503 with {@code Retry-After} and no stack trace, never 500, and readiness says
 * the database is down; no push is half recorded; the server recovers by itself; every pull answered 200, in the gap
 * too, is counted exactly once. Runs in the MariaDB run's failsafe execution database-loss, on the container
 * "restartable" of arquillian.xml, against a MariaDB of the test's own ({@link OwnMariaDb}, port it.lostdb.port) that
 * it stops and starts.
 */
@RunAsClient
class DatabaseLossIT extends RestartableServerTest {

    private static final String ALICE = TestUser.ALICE.username();
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(60);
    private static final int IMAGES = 12;
    private static final Duration PACE = Duration.ofMillis(200);

    private final Api management = new Api(URI.create("http://127.0.0.1:9990/"));
    private final String collection = Names.unique("dbloss");
    private final List<Path> images = new ArrayList<>();
    private final List<Attempt> pushes = new ArrayList<>();
    private String token;
    private Pushed pulled;
    private long pulls;
    private long unavailable;

    @Test
    void aDatabaseAwayForThirtySecondsCostsOnlyTheRequestsInTheGap() throws Exception {
        for (int i = 0; i < IMAGES; i++) {
            images.add(Tools.sif(4096, collection + " image " + i));
        }
        try (OwnMariaDb database = OwnMariaDb.create(Integer.getInteger("it.lostdb.port"))) {
            startRegistry();
            try {
                token = TestUser.ALICE.newToken("push");
                pulled = new LibraryPush(api, token).push(images.get(0), ALICE, collection, "pulled", "v1");
                long countBefore = downloadCount();

                load(Duration.ofSeconds(5));
                database.stop();
                assertEquals("DOWN", databaseCheck(503), "readiness in the gap");
                load(OUTAGE);
                database.start();
                Eventually.await(RECOVERED_WITHIN, () -> attemptPush(), Attempt::complete,
                        "a push to succeed once the database is back");
                assertEquals("UP", databaseCheck(200), "readiness once the database is back");
                load(Duration.ofSeconds(5));

                assertTrue(unavailable > 0, "the gap was seen: no request was answered 503");
                for (Attempt push : pushes) {
                    assertWholeOrAbsent(push);
                }
                assertEquals("COMPLETED", Management.updateDownloadsOnceTheQueueIsEmpty());
                assertEquals(countBefore + pulls, downloadCount(), "every pull answered 200 counted once");
            } finally {
                stopRegistry();
            }
        } finally {
            images.forEach(Tools::deleteQuietly);
        }
    }

    /**
     * A mixed load for {@code duration}, one round every {@link #PACE}: a lookup and a pull, the lookup with a token,
     * a page, a push. Paced, so that the outage's failures, each logged with its stack trace, stay countable.
     */
    private void load(Duration duration) throws Exception {
        ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<?> running = rounds.scheduleAtFixedRate(this::round, 0, PACE.toMillis(), MILLISECONDS);
        try {
            running.get(duration.toMillis(), MILLISECONDS);
        } catch (TimeoutException ranItsTime) {
            running.cancel(false);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        } finally {
            rounds.shutdown();
            assertTrue(rounds.awaitTermination(1, MINUTES), "the last round of the load to end");
        }
    }

    private void round() {
        Reply lookup = answered(api.get("api/container/" + collection + "/pulled:v1"));
        if (lookup.status() == 200 && answered(api.get(lookup.json().getString("image"))).status() == 200) {
            pulls++;
        }
        answered(api.get("v1/images/" + pulled.ref() + ":v1?arch=" + LibraryPush.ARCH, token));
        Reply page = api.get("collections/index.xhtml");
        assertTrue(page.status() == 200 || page.status() == 503 && retriesAfter(page.header("Retry-After")),
                "a page: " + page.status() + " " + page.text());
        attemptPush();
    }

    /**
     * A push of the next image to a container of its own, every step checked, stopped at the first refusal; kept
     * for the check that it is whole or absent.
     */
    private Attempt attemptPush() {
        int number = pushes.size();
        Path image = images.get(number % IMAGES);
        String container = "pushed-" + number;
        Attempt attempt;
        try {
            new LibraryPush(api, token).push(image, ALICE, collection, container, "v1");
            attempt = new Attempt(container, image, true);
        } catch (AssertionError refused) {
            assertTrue(refused.getMessage().contains("but got 503"), "a push in the gap: " + refused.getMessage());
            unavailable++;
            attempt = new Attempt(container, image, false);
        }
        pushes.add(attempt);
        return attempt;
    }

    /** Checks a 503: it says when to try again and what happened, and shows no stack trace. */
    private Reply answered(Reply reply) {
        if (reply.status() == 503) {
            unavailable++;
            assertTrue(retriesAfter(reply.header("Retry-After")), reply.request() + ": no Retry-After");
            assertTrue(reply.expectError(503).contains("database is not answering"), reply.text());
            assertFalse(reply.text().contains("Exception"), reply.text());
        } else {
            assertTrue(reply.status() < 500, reply.request() + ": " + reply.status() + " " + reply.text());
        }
        return reply;
    }

    private static boolean retriesAfter(String header) {
        return header != null && Integer.parseInt(header) > 0;
    }

    /** A push the client finished is whole; one refused half way is tagged nowhere or to its whole image. */
    private void assertWholeOrAbsent(Attempt push) {
        Reply found = api.get("api/container/" + collection + "/" + push.container() + ":v1");
        if (push.complete()) {
            found.expect(200);
        }
        if (found.status() == 200) {
            assertEquals(Api.sha256(push.image()), Api.sha256(api.get(found.json().getString("image")).expect(200)
                    .body()), push.container());
        } else {
            found.expectError(404);
        }
    }

    /** The status of the readiness check {@code database}, when readiness answers {@code status}. */
    private String databaseCheck(int status) {
        return management.get("health/ready").expect(status).json().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(check -> check.getString("name").equals("database"))
                .findFirst().orElseThrow().getString("status");
    }

    private long downloadCount() {
        return api.get("v1/containers/" + pulled.ref(), token).expect(200).data().getJsonNumber("downloadCount")
                .longValue();
    }

    private record Attempt(String container, Path image, boolean complete) {
    }
}
