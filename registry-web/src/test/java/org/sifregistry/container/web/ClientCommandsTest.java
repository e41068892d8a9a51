package org.sifregistry.container.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.domain.ParseStatus;

/**
 * Every command the pages show, read back the way the Apptainer client reads it: its shub ref check and its
 * library ref split are mirrored below from Apptainer's sources, so a command the client would refuse or misread
 * fails here.
 */
class ClientCommandsTest {

    private static final String HEX = "ab".repeat(32);
    private static final String VERSION = "sha256." + HEX;

    /**
     * {@code isShubPullRef} of apptainer/apptainer {@code internal/pkg/client/shub/util.go}: no port in the host, a
     * version pinned by 32 or 40 hex digits only.
     */
    private static final Pattern APPTAINER_SHUB_REF = Pattern.compile("^(shub://)([-.a-zA-Z0-9/]{1,64}/)?"
            + "([-a-zA-Z0-9]{1,39}/)([-_.a-zA-Z0-9]{1,64})(:[-_.a-zA-Z0-9]{1,64})?((@[a-f0-9]{32})|(@[a-f0-9]{40}))?$");

    private final ClientCommands https = new ClientCommands(URI.create("https://registry.example.org"), "library");
    private final ClientCommands local = new ClientCommands(URI.create("http://localhost:8080"), "library");

    @Test
    void pullsATagThroughEveryProtocol() {
        ContainerDetails rocks = container("v1");

        assertEquals("apptainer pull shub://registry.example.org/science/rocks:v1", https.shubPull(rocks));
        assertEquals("apptainer pull library://registry.example.org/library/science/rocks:v1",
                https.libraryPull(rocks));
        assertEquals("apptainer pull oras://registry.example.org/science/rocks:v1", https.orasPull(rocks));
    }

    @Test
    void aPlainHttpRegistryNeedsNoHttpsAndKeepsItsPortWhereTheClientTakesOne() {
        ContainerDetails rocks = container("latest");

        assertEquals("apptainer pull --no-https library://localhost:8080/library/science/rocks:latest",
                local.libraryPull(rocks));
        assertEquals("apptainer pull --no-https oras://localhost:8080/science/rocks:latest", local.orasPull(rocks));
    }

    @Test
    void noShubCommandForAnAddressWithAPortOfItsOwn() {
        ClientCommands standardPort = new ClientCommands(URI.create("http://localhost:80"), "library");

        assertFalse(local.offersShub());
        assertTrue(https.offersShub());
        assertTrue(standardPort.offersShub());
        assertEquals("apptainer pull --no-https shub://localhost/science/rocks:latest",
                standardPort.shubPull(container("latest")));
    }

    @Test
    void anUntaggedImageIsPulledByItsVersionInEachProtocolsForm() {
        ContainerDetails untagged = container(null);

        assertEquals("apptainer pull shub://registry.example.org/science/rocks@" + HEX.substring(0, 40),
                https.shubPull(untagged));
        assertEquals("apptainer pull library://registry.example.org/library/science/rocks:" + VERSION,
                https.libraryPull(untagged));
        assertEquals("apptainer pull oras://registry.example.org/science/rocks@sha256:" + HEX,
                https.orasPull(untagged));
    }

    @Test
    void pushesIntoACollectionOnBehalfOfAnEntity() {
        assertEquals("apptainer push image.sif library://registry.example.org/alice/science/<name>:<tag>",
                https.libraryPush("alice", "science"));
    }

    @Test
    void everyShubCommandShownPassesApptainersShubRefCheck() {
        for (ContainerDetails container : List.of(container("v1"), container("latest"), container(null))) {
            String ref = uri(https.shubPull(container));
            assertTrue(APPTAINER_SHUB_REF.matcher(ref).matches(), ref);
        }
    }

    @Test
    void everyLibraryCommandNamesOurHostToApptainersRefSplit() {
        for (ClientCommands commands : List.of(https, local)) {
            for (ContainerDetails container : List.of(container("v1"), container(null))) {
                String ref = uri(commands.libraryPull(container));
                assertEquals(commands.host(), libraryHost(ref), ref);
            }
            assertEquals(commands.host(), libraryHost(uri(commands.libraryPush("alice", "science"))));
        }
    }

    /**
     * {@code splitHostNameAndPath} of apptainer/apptainer {@code internal/pkg/client/library/library.go}: a host
     * only when the ref has three slashes or more; shorter refs go to the user's default remote.
     */
    private static String libraryHost(String ref) {
        String path = ref.substring("library://".length());
        return path.chars().filter(c -> c == '/').count() <= 2 ? "" : path.substring(0, path.indexOf('/'));
    }

    /** The reference in a command: its last word but for a push, whose file comes before it. */
    private static String uri(String command) {
        String[] words = command.split(" ");
        return words[words.length - 1];
    }

    private static ContainerDetails container(String tag) {
        return new ContainerDetails(1, "science/rocks:" + tag, "science", "rocks", tag, VERSION, 1024, "amd64", false,
                false, Instant.EPOCH, Instant.EPOCH, 0, Map.of(), null, null, null, ParseStatus.PARSED, null, List.of(),
                List.of());
    }
}
