package org.sifregistry.container.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.domain.ParseStatus;

class ClientCommandsTest {

    private static final String VERSION = "sha256." + "ab".repeat(32);

    private final ClientCommands https = new ClientCommands(URI.create("https://registry.example.org"));
    private final ClientCommands local = new ClientCommands(URI.create("http://localhost:8080"));

    @Test
    void pullsATagThroughEveryProtocol() {
        ContainerDetails rocks = container("v1");

        assertEquals("apptainer pull shub://registry.example.org/science/rocks:v1", https.shubPull(rocks));
        assertEquals("apptainer pull library://registry.example.org/science/rocks:v1", https.libraryPull(rocks));
        assertEquals("apptainer pull oras://registry.example.org/science/rocks:v1", https.orasPull(rocks));
    }

    @Test
    void aPlainHttpRegistryNeedsNoHttpsAndKeepsItsPort() {
        ContainerDetails rocks = container("latest");

        assertEquals("apptainer pull --no-https shub://localhost:8080/science/rocks:latest", local.shubPull(rocks));
        assertEquals("apptainer pull --no-https library://localhost:8080/science/rocks:latest",
                local.libraryPull(rocks));
        assertEquals("apptainer pull --no-https oras://localhost:8080/science/rocks:latest", local.orasPull(rocks));
    }

    @Test
    void anUntaggedImageIsPulledByItsVersion() {
        ContainerDetails untagged = container(null);

        assertEquals("apptainer pull shub://registry.example.org/science/rocks@" + "ab".repeat(32),
                https.shubPull(untagged));
        assertEquals("apptainer pull library://registry.example.org/science/rocks:" + VERSION,
                https.libraryPull(untagged));
        assertEquals("apptainer pull oras://registry.example.org/science/rocks@sha256:" + "ab".repeat(32),
                https.orasPull(untagged));
    }

    @Test
    void pushesIntoACollectionOnBehalfOfAnEntity() {
        assertEquals("apptainer push image.sif library://registry.example.org/alice/science/<name>:<tag>",
                https.libraryPush("alice", "science"));
    }

    private static ContainerDetails container(String tag) {
        return new ContainerDetails(1, "science/rocks:" + tag, "science", "rocks", tag, VERSION, 1024, "amd64", false,
                false, Instant.EPOCH, Instant.EPOCH, 0, Map.of(), null, null, null, ParseStatus.PARSED, null, List.of(),
                List.of());
    }
}
