package org.sifregistry.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client on an address of its own: it connects to the server on 127.0.0.1 from another loopback address
 * (127.x.y.z, which Linux routes to the same interface), so that what the server keeps per client address, such as
 * the sign-in limit, touches no other test. {@link java.net.http.HttpClient} cannot choose its local address, so
 * this speaks plain HTTP/1.0 over a socket: one request per connection, a body read to the end, no chunks.
 */
public final class OtherClient {

    private final String address;

    private OtherClient(String address) {
        this.address = address;
    }

    /** A client on a loopback address no other test uses (nor 127.0.0.1, the suite's own). */
    public static OtherClient onNewAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new OtherClient("127." + random.nextInt(1, 255) + "." + random.nextInt(256) + "."
                + random.nextInt(1, 255));
    }

    public String address() {
        return address;
    }

    public Reply get(String path, Map<String, String> headers) {
        return send("GET", path, headers, null);
    }

    /** Posts the form fields as a browser does. */
    public Reply postForm(String path, String body) {
        return send("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
    }

    public Reply send(String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " /" + path + " HTTP/1.0\r\n")
                .append("Host: ").append(Api.BASE.getHost()).append(':').append(Api.BASE.getPort()).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        String described = method + " " + path + " from " + address;
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(Api.BASE.getHost(), Api.BASE.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(described, socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(described + " failed", e);
        }
    }

    private static Reply parse(String described, byte[] response) {
        int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new AssertionError(described + " got no complete HTTP answer: "
                    + new String(response, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(response, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
        return new Reply(described, status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
