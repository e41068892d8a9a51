package org.sifregistry.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.stats.application.DailyCount;
import org.sifregistry.stats.application.DownloadCounter;
import org.sifregistry.stats.application.PullEvent;
import org.sifregistry.stats.batch.UpdateDownloadsSchedule;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Fixtures;

/**
 * Pulls through the real download endpoint, counted by the download consumer and the {@code update-downloads} job
 * in the deployed application: every pull exactly once, in the container's, the collection's and the day's counts.
 */
@ExtendWith(ArquillianExtension.class)
class DownloadCountIT {

    private static final Duration COUNTED_WITHIN = Duration.ofSeconds(60);
    private static final URI REGISTRY = URI.create("http://localhost:8080");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("download-count-it", DownloadCountIT.class));
    }

    @EJB
    private ContainerService containers;

    @EJB
    private CollectionService collections;

    @EJB
    private DownloadCounter counter;

    @Inject
    private Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void countsEveryPullExactlyOnce() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container container = fixtures.container(collection, "pulled:v1", owner);
        int pulls = 40;

        for (int i = 0; i < pulls; i++) {
            pull(collection + "/pulled:v1");
        }

        Eventually.await(COUNTED_WITHIN, () -> containers.details(container.ref(), owner).downloadCount(),
                count -> count >= pulls, "the container's count to reach " + pulls);
        // A run of the job that starts once every pull is counted: a second count of any would show after it
        long run = BatchRuntime.getJobOperator().start(UpdateDownloadsSchedule.JOB, new Properties());
        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(run, COUNTED_WITHIN));
        assertEquals(pulls, containers.details(container.ref(), owner).downloadCount());
        assertEquals(pulls, collections.get(collection, owner).downloadCount());
        List<DailyCount> days = counter.daily(container.id());
        assertEquals(pulls, days.stream().mapToLong(DailyCount::downloads).sum(), days.toString());
    }

    @Test
    void aRedeliveredEventIsStagedAndCountedOnce() {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container container = fixtures.container(collection, "redelivered:v1", owner);
        String eventId = UUID.randomUUID().toString();

        PullEvent pull = new PullEvent(eventId, container.id(), Instant.now());

        assertEquals(1, counter.stage(List.of(pull)));
        assertEquals(0, counter.stage(List.of(pull)), "the redelivery is recognised");

        Eventually.await(COUNTED_WITHIN, () -> containers.details(container.ref(), owner).downloadCount(),
                count -> count >= 1, "the event to be counted");
        assertEquals(1, containers.details(container.ref(), owner).downloadCount());
    }

    /** Two nodes' runs may read the same uncounted ids: the later one finds none of them uncounted. */
    @Test
    void aFoldThatFindsNoUncountedEventCountsNothing() {
        assertEquals(0, counter.fold(List.of(Long.MAX_VALUE)));
    }

    /** Fetches the shub manifest, then the whole image from the signed URL in it, as the shub client does. */
    private void pull(String ref) throws IOException, InterruptedException {
        HttpResponse<String> manifest = http.send(HttpRequest.newBuilder(REGISTRY.resolve("/api/container/" + ref))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, manifest.statusCode(), manifest.body());
        String image = Json.createReader(new StringReader(manifest.body())).readObject().getString("image");
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(image)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
    }
}
