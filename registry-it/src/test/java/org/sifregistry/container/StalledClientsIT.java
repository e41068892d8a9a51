package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.LibraryPush.Pushed;
import org.sifregistry.testing.Management;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * Slow and stalled clients starve no one else. Uploads that stop halfway and never come back (an {@code oras://} blob
 * {@code PATCH} that announced a megabyte and sent a kilobyte): more of them than WildFly's own worker pool has
 * threads (16 per core) each hold a thread of the server while it waits for their bytes, and still every pull of
 * other users is answered, from the larger pool registry.cli gives the server (REGISTRY_WORKER_THREADS). Once one has
 * sent nothing for REGISTRY_READ_TIMEOUT_MS (60 s by default, 20 s on the suite's server: registry-it's pom) the
 * server cuts it, without a 5xx, and its thread is free again.
 * Clients that trickle their headers a byte at a time hold no thread at all, and are cut once their headers have
 * taken longer than the listener's request-parse-timeout (10 s).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class StalledClientsIT {

    /** WildFly's default pool on this machine, and a few more. */
    private static final int STALLED = 16 * Runtime.getRuntime().availableProcessors() + 8;
    private static final int ANNOUNCED = 1 << 20;
    private static final int SENT = 1 << 10;
    private static final int PULLS = 20;
    private static final int TRICKLING = 200;
    /** The parse timeout, and time for the server to close on a busy machine. */
    private static final Duration TRICKLERS_CUT_WITHIN = Duration.ofSeconds(60);
    /** The read timeout, and time for the server to close on a busy machine. */
    private static final Duration CUT_WITHIN = Duration.ofSeconds(150);

    private final Api api = new Api();
    private final List<Socket> stalled = new ArrayList<>();

    @AfterEach
    void hangUp() throws IOException {
        for (Socket socket : stalled) {
            socket.close();
        }
    }

    @Test
    void stalledUploadsBeyondWildFlysOwnPoolStarveNoPullAndAreCutWithoutA5xxAfterTheReadTimeout() throws Exception {
        assertTrue(Management.maxWorkerThreads() > STALLED + PULLS, "registry.cli's pool: "
                + Management.maxWorkerThreads());
        Path file = Tools.sif(64 * 1024, "pulled while others stall");
        Pushed pulled = new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, TestUser.ALICE.username(),
                Names.unique("stallpull"), "img", "v1");
        String name = pulled.collection() + "/stalled";
        String token = "Bearer " + api.send(Api.request("v2/token?service=localhost:8080&scope="
                        + URLEncoder.encode("repository:" + name + ":push,pull", StandardCharsets.UTF_8))
                .header("Authorization", TestUser.ALICE.basicAuthorization()).GET()).expect(200).json()
                .getString("token");
        int busyBefore = Management.busyWorkerThreads();

        for (int i = 0; i < STALLED; i++) {
            String location = api.send(Api.request("v2/" + name + "/blobs/uploads/")
                    .header("Authorization", token).POST(HttpRequest.BodyPublishers.noBody())).expect(202)
                    .header("Location");
            stalled.add(stallingPatch(location, token));
        }
        Eventually.await(Duration.ofSeconds(60), Management::busyWorkerThreads,
                busy -> busy >= busyBefore + STALLED, "every stalled upload to hold a worker thread");

        byte[] content = Files.readAllBytes(file);
        for (int i = 0; i < PULLS; i++) {
            String image = api.get("api/container/" + pulled.collection() + "/img:v1").expect(200).json()
                    .getString("image");
            assertArrayEquals(content, api.get(image).expect(200).body(), "pull " + i + " while " + STALLED
                    + " uploads stall");
        }

        for (Socket socket : stalled) {
            String answer = answerOf(socket);
            assertTrue(answer.isEmpty() || !answer.startsWith("HTTP/1.1 5"), "cut without a 5xx: " + answer);
        }
        Eventually.await(CUT_WITHIN, Management::busyWorkerThreads, busy -> busy < busyBefore + STALLED,
                "the stalled uploads' threads to be free again");
    }

    @Test
    void twoHundredClientsTricklingTheirHeadersStarveNoPullAndAreCutAfterTheParseTimeout() throws Exception {
        Path file = Tools.sif(16 * 1024, "pulled while others trickle");
        Pushed pulled = new LibraryPush(api, TestUser.ALICE.pushToken()).push(file, TestUser.ALICE.username(),
                Names.unique("tricklepull"), "img", "v1");
        String shub = "api/container/" + pulled.collection() + "/img:v1";
        byte[] content = Files.readAllBytes(file);
        for (int i = 0; i < TRICKLING; i++) {
            Socket socket = new Socket(Api.BASE.getHost(), Api.BASE.getPort());
            socket.setSoTimeout(1);
            socket.getOutputStream().write(("GET /" + shub + " HTTP/1.1\r\nHost: " + Api.BASE.getAuthority()
                    + "\r\nX-Trickle: ").getBytes(StandardCharsets.US_ASCII));
            stalled.add(socket);
        }

        // A byte more of each header and a pull of someone else, round after round, until the server cut them all
        Instant deadline = Instant.now().plus(TRICKLERS_CUT_WITHIN);
        int pulls = 0;
        List<Socket> open = new ArrayList<>(stalled);
        while (!open.isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), open.size() + " of " + TRICKLING
                    + " trickling clients still open after " + TRICKLERS_CUT_WITHIN);
            String image = api.get(shub).expect(200).json().getString("image");
            assertArrayEquals(content, api.get(image).expect(200).body(), "pull " + pulls + " while "
                    + open.size() + " clients trickle");
            pulls++;
            open.removeIf(StalledClientsIT::cutOrTrickle);
        }
        assertTrue(pulls > 0);
    }

    /** True if the server closed the connection; otherwise sends one more byte of its header. */
    private static boolean cutOrTrickle(Socket socket) {
        try {
            if (socket.getInputStream().read() < 0) {
                return true;
            }
        } catch (SocketTimeoutException stillOpen) {
            try {
                socket.getOutputStream().write('x');
                return false;
            } catch (IOException reset) {
                return true;
            }
        } catch (IOException reset) {
            return true;
        }
        return true;
    }

    /** Starts a PATCH that announces {@link #ANNOUNCED} bytes, sends {@link #SENT} and nothing more. */
    private static Socket stallingPatch(String location, String authorization) throws IOException {
        Socket socket = new Socket(Api.BASE.getHost(), Api.BASE.getPort());
        socket.setSoTimeout((int) CUT_WITHIN.toMillis());
        OutputStream out = socket.getOutputStream();
        out.write(("PATCH " + location + " HTTP/1.1\r\nHost: " + Api.BASE.getAuthority() + "\r\nAuthorization: "
                + authorization + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + ANNOUNCED
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[SENT]);
        out.flush();
        return socket;
    }

    /** The status line the server sent before it closed the connection, or "" if it closed without one. */
    private static String answerOf(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server did not cut a stalled upload within " + CUT_WITHIN, stillOpen);
        } catch (IOException reset) {
            return line.toString();
        }
        return line.toString().strip();
    }
}
