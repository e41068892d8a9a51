package org.sifregistry.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * oras-go v1 with containerd's resolver (through the Go driver in src/test/go/orasclient), as Apptainer 1.0-1.2
 * calls it for {@code apptainer pull oras://...}, pointed at the test server over plain http.
 */
public final class OrasClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Path driver = Tools.orasclient();
    private final String username;
    private final String password;

    /** {@code username} and {@code password} (or an API token) may be null for anonymous use. */
    public OrasClient(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** {@code name} is {@code collection/container}; the reference adds the test server and the tag. */
    public static String ref(String name, String tag) {
        return Api.BASE.getAuthority() + "/" + name + ":" + tag;
    }

    /** Pushes as Apptainer 1.0-1.2 does; prints the manifest's digest. May fail: check the result. */
    public Tools.Result push(Path file, String ref, boolean logged) {
        List<String> command = new ArrayList<>(List.of(driver.toString()));
        if (username != null) {
            command.addAll(List.of("-username", username, "-password", password));
        }
        command.addAll(List.of("push", file.toString(), ref));
        return Tools.run(TIMEOUT, logged ? Map.of("ORASCLIENT_DEBUG", "1") : Map.of(),
                command.toArray(String[]::new));
    }

    /** May fail: check the result. With {@code logged}, every request and answer is on stderr. */
    public Tools.Result pull(String ref, Path out, boolean logged) {
        List<String> command = new ArrayList<>(List.of(driver.toString()));
        if (username != null) {
            command.addAll(List.of("-username", username, "-password", password));
        }
        command.addAll(List.of("pull", ref, out.toString()));
        return Tools.run(TIMEOUT, logged ? Map.of("ORASCLIENT_DEBUG", "1") : Map.of(),
                command.toArray(String[]::new));
    }
}
