package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.OciManifest;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.storage.batch.CollectGarbageSchedule;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.Fixtures;

/** The {@code collect-garbage} job removes what nothing uses, and only that. */
@ExtendWith(ArquillianExtension.class)
class CollectGarbageIT {

    private static final Duration JOB_ENDS_WITHIN = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("collect-garbage-it", CollectGarbageIT.class));
    }

    @Inject
    private ImageStore store;

    @Inject
    private Fixtures fixtures;

    @EJB
    private ArtifactService artifacts;

    @Test
    void removesUnusedFilesAndAbandonedUploadsAndKeepsWhatContainersUse() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        Container used = fixtures.container(collection, "kept:v1", owner);
        StoredImage unused = fixtures.image(Fixtures.unique("nobody's image"));
        StagedImage abandoned = store.stage(Channels.newChannel(new ByteArrayInputStream(
                Fixtures.unique("an upload never completed").getBytes(StandardCharsets.UTF_8))), Long.MAX_VALUE);

        Properties noGrace = new Properties();
        noGrace.setProperty("grace", "PT0S");
        noGrace.setProperty("uploadAge", "PT0S");
        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.start(CollectGarbageSchedule.JOB, noGrace);
        BatchStatus status = Eventually.jobEnd(execution, JOB_ENDS_WITHIN);

        assertEquals(BatchStatus.COMPLETED, status, jobs.getJobExecution(execution).getExitStatus());
        assertTrue(store.find(used.digest()).isPresent(), "a container's image stays");
        assertFalse(store.find(unused.digest()).isPresent(), "an image nothing uses goes");
        assertThrows(IOException.class, () -> store.commit(abandoned), "an abandoned upload goes");
    }

    /**
     * Other OCI content: blobs a kept manifest lists stay, a link no manifest lists goes with its file, an untagged
     * manifest goes, and one that refers to a kept manifest (a signature) or is listed by a kept index stays.
     */
    @Test
    void keepsWhatTaggedOciContentNeedsAndRemovesTheRest() throws Exception {
        Caller owner = Fixtures.user();
        CollectionName collection = fixtures.collection(owner, false);
        ContainerName name = new ContainerName("oci");
        StoredImage config = fixtures.blob(collection, name, "{\"os\":\"" + Fixtures.unique("linux") + "\"}", owner);
        StoredImage layer = fixtures.blob(collection, name, Fixtures.unique("a layer"), owner);
        StoredImage orphan = fixtures.blob(collection, name, Fixtures.unique("a blob no manifest lists"), owner);
        OciManifest tagged = manifest(image(config, layer, null), owner, collection, name, "v1");
        OciManifest child = manifest(image(config, null, null), owner, collection, name, null);
        OciManifest index = manifest("{\"schemaVersion\":2,\"mediaType\":\"" + OciManifest.OCI_INDEX
                + "\",\"manifests\":[" + descriptor(OciManifest.OCI_MANIFEST, child.digest(), child.content().length)
                + "]}", owner, collection, name, "multi");
        OciManifest signature = manifest(image(config, null, tagged), owner, collection, name, null);
        OciManifest untagged = manifest(image(layer, null, null), owner, collection, name, null);

        Properties noGrace = new Properties();
        noGrace.setProperty("grace", "PT0S");
        noGrace.setProperty("uploadAge", "PT0S");
        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.start(CollectGarbageSchedule.JOB, noGrace);

        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(execution, JOB_ENDS_WITHIN));
        assertTrue(store.find(config.digest()).isPresent(), "a kept manifest's config stays");
        assertTrue(store.find(layer.digest()).isPresent(), "a kept manifest's layer stays");
        assertFalse(store.find(orphan.digest()).isPresent(), "a blob no manifest lists goes");
        for (OciManifest kept : List.of(tagged, child, index, signature)) {
            assertTrue(artifacts.otherByDigest(collection, name, kept.digest(), owner).isPresent(), kept.digest());
        }
        assertFalse(artifacts.otherByDigest(collection, name, untagged.digest(), owner).isPresent(),
                "an untagged manifest nothing needs goes");
    }

    private OciManifest manifest(String json, Caller owner, CollectionName collection, ContainerName name,
                                 String tag) {
        OciManifest manifest = OciManifest.parse(json.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(artifacts.publishOther(collection, name, tag == null ? null : new Tag(tag), manifest, owner)
                .isEmpty(), json);
        return manifest;
    }

    private static String image(StoredImage config, StoredImage layer, OciManifest subject) {
        return "{\"schemaVersion\":2,\"mediaType\":\"" + OciManifest.OCI_MANIFEST + "\",\"config\":"
                + descriptor("application/vnd.oci.image.config.v1+json", "sha256:" + config.digest().hex(),
                config.size()) + ",\"layers\":[" + (layer == null ? "" : descriptor(
                "application/vnd.oci.image.layer.v1.tar", "sha256:" + layer.digest().hex(), layer.size())) + "]"
                + (subject == null ? "" : ",\"subject\":" + descriptor(OciManifest.OCI_MANIFEST, subject.digest(),
                subject.content().length)) + "}";
    }

    private static String descriptor(String type, String digest, long size) {
        return "{\"mediaType\":\"" + type + "\",\"digest\":\"" + digest + "\",\"size\":" + size + "}";
    }

    @Test
    void keepsUnusedFilesWithinTheGracePeriod() throws Exception {
        StoredImage recent = fixtures.image(Fixtures.unique("pushed a moment ago"));

        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.start(CollectGarbageSchedule.JOB, new Properties());

        assertEquals(BatchStatus.COMPLETED, Eventually.jobEnd(execution, JOB_ENDS_WITHIN));
        assertTrue(store.find(recent.digest()).isPresent(), "within the default day of grace");
    }
}
