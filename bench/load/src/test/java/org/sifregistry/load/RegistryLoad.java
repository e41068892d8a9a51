package org.sifregistry.load;

import static io.gatling.javaapi.core.CoreDsl.RawFileBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hundreds of library clients at once (issue 20): each virtual user keeps its own connection and, until the run's
 * duration is over, does one weighted request after another with a think time between them: an anonymous
 * {@code /v1/images} lookup of a public image, the same lookup of a private image with an API token, a pull through
 * {@code /v1/imagefile} and its 303, or a push by the library protocol with the digests known beforehand.
 *
 * <p>bench/load.sh prepares the registry and passes everything as system properties; the feeders are CSV files it
 * writes (see there).
 */
public class RegistryLoad extends Simulation {

    private static final String DATA = System.getProperty("load.data");
    private static final String BEARER = "Bearer " + System.getProperty("load.token");
    private static final String PUSH_COLLECTION = System.getProperty("load.pushCollection");
    private static final int USERS = Integer.getInteger("load.users", 500);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.duration", 120));
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 10));
    private static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("load.thinkMinMs", 500));
    private static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("load.thinkMaxMs", 1500));
    private static final String[] MIX = System.getProperty("load.mix", "70,15,12,3").split(",");

    /** Container names of the pushes: unique within the run, and across runs on the same registry. */
    private static final AtomicLong PUSHES = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("load.baseUrl"))
            .acceptHeader("application/json")
            .contentTypeHeader("application/json");

    private final ChainBuilder anonymousLookup = feed(csv(DATA + "/public.csv").random())
            .exec(http("anonymous lookup").get("/v1/images/#{ref}"));

    private final ChainBuilder tokenLookup = feed(csv(DATA + "/private.csv").random())
            .exec(http("token lookup").get("/v1/images/#{ref}").header("Authorization", BEARER));

    /** Public images anonymously, private ones with the token; Gatling follows the 303 to the signed URL. */
    private final ChainBuilder pull = feed(csv(DATA + "/pulls.csv").random())
            .doIfOrElse(session -> session.getBoolean("private"))
            .then(exec(pullRequest().header("Authorization", BEARER)))
            .orElse(exec(pullRequest()));

    /**
     * What Apptainer's library client sends for a new container, its hashes taken beforehand: the container, the
     * image by its hash, the signed upload URL, the bytes, the completion, the tag. Pushes cycle through the prepared
     * files; once a file's bytes are in the registry, its image is announced as uploaded and the upload is skipped,
     * as the client does.
     */
    private final ChainBuilder push = feed(csv(DATA + "/pushes.csv").circular())
            .exec(session -> session.set("container", "push-" + RUN + "-"
            + PUSHES.incrementAndGet()))
            .group("push").on(
                    exec(http("push: container").post("/v1/containers").header("Authorization", BEARER)
                            .body(StringBody("{\"name\":\"#{container}\",\"collection\":\"" + PUSH_COLLECTION + "\"}")))
                    .exec(http("push: image").post("/v1/images").header("Authorization", BEARER)
                            .body(StringBody("{\"hash\":\"sha256.#{sha256}\",\"container\":\"" + PUSH_COLLECTION
                                    + ".#{container}\"}"))
                            .check(jmesPath("data.id").saveAs("imageId"),
                                    jmesPath("data.uploaded").ofBoolean().saveAs("uploaded")))
                    .doIf(session -> !session.getBoolean("uploaded")).then(
                            exec(http("push: upload URL").post("/v2/imagefile/#{imageId}")
                                    .header("Authorization", BEARER)
                                    .body(StringBody("{\"filesize\":#{size},\"sha256sum\":\"#{sha256}\","
                                            + "\"md5sum\":\"#{md5}\"}"))
                                    .check(jmesPath("data.uploadURL").saveAs("uploadUrl")))
                            .exec(http("push: upload").put("#{uploadUrl}")
                                    .header("Content-Type", "application/octet-stream")
                                    .body(RawFileBody("#{file}")))
                            .exec(http("push: complete").put("/v2/imagefile/#{imageId}/_complete")
                                    .header("Authorization", BEARER).body(StringBody("{}"))))
                    .exec(http("push: tag").post("/v2/tags/" + PUSH_COLLECTION + ".#{container}")
                            .header("Authorization", BEARER)
                            .body(StringBody("{\"Tag\":\"latest\",\"Arch\":\"amd64\",\"ImageID\":\"#{imageId}\"}"))));

    private final ScenarioBuilder clients = scenario("library clients")
            .during(DURATION).on(
                    randomSwitch().on(
                            percent(weight(0)).then(anonymousLookup),
                            percent(weight(1)).then(tokenLookup),
                            percent(weight(2)).then(pull),
                            percent(weight(3)).then(push))
                    .pause(THINK_MIN, THINK_MAX));

    {
        setUp(clients.injectOpen(rampUsers(USERS).during(RAMP)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    private static HttpRequestActionBuilder pullRequest() {
        return http("pull").get("/v1/imagefile/#{ref}").check(status().is(200));
    }

    private static double weight(int kind) {
        return Double.parseDouble(MIX[kind].trim());
    }
}
