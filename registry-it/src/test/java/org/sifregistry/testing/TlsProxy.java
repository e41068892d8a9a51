package org.sifregistry.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy ending TLS in front of the test server's plain http listener, as an institution's proxy does: it serves
 * the test certificate on 127.0.0.1:{@code port} and forwards to 127.0.0.1:8080 with X-Forwarded-For, -Proto, -Host
 * and -Port. Started and stopped by the test; its configuration and output are under target/it-tls.
 */
public final class TlsProxy implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;

    private TlsProxy(Process process) {
        this.process = process;
    }

    public static TlsProxy start(Path certificateAndKey, int port) {
        Tools.requireCommands("haproxy");
        Path directory = certificateAndKey.getParent();
        String configuration = String.join("\n",
                "global",
                "  maxconn 256",
                "defaults",
                "  mode http",
                "  timeout connect 5s",
                // whole images pass through; the tests' own timeouts bound them
                "  timeout client 10m",
                "  timeout server 10m",
                "frontend tls",
                "  bind 127.0.0.1:" + port + " ssl crt " + certificateAndKey,
                "  option forwardfor",
                "  http-request set-header X-Forwarded-Proto https",
                "  http-request set-header X-Forwarded-Port " + port,
                "  http-request set-header X-Forwarded-Host %[req.hdr(host)]",
                "  default_backend registry",
                "backend registry",
                "  server wildfly 127.0.0.1:8080",
                "");
        try {
            Path file = Files.writeString(directory.resolve("haproxy.cfg"), configuration);
            Process process = new ProcessBuilder("haproxy", "-db", "-f", file.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("haproxy.log").toFile())
                    .start();
            TlsProxy proxy = new TlsProxy(process);
            Eventually.await(START_TIMEOUT, () -> !process.isAlive() || accepts(port), done -> done,
                    "HAProxy listening on 127.0.0.1:" + port);
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy did not start (port " + port + " taken, or not allowed?): "
                        + Files.readString(directory.resolve("haproxy.log")));
            }
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start HAProxy", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
