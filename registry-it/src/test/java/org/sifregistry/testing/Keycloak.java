package org.sifregistry.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sifregistry.testing.BrowserSession.Page;

/**
 * Keycloak as the single sign-on tests' OpenID provider: the distribution registry-it's build unpacks (system
 * property {@code keycloak.home}), run with a Java 21 or newer ({@code keycloak.java.home}) in development mode on
 * port {@value #PORT}, in memory, with the realm {@code research} imported from
 * {@code src/test/resources/keycloak/research-realm.json}. Its output goes to {@code target/keycloak.log}.
 * <p>
 * Name it before Arquillian's extension ({@code @ExtendWith({Keycloak.class, ArquillianExtension.class})}): it starts
 * Keycloak without waiting, so that Keycloak and WildFly start side by side, waits before the first test until the
 * realm answers, and stops Keycloak after the class.
 */
public final class Keycloak implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final int PORT = 10080;
    public static final URI REALM = URI.create("http://127.0.0.1:" + PORT + "/realms/research/");

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]*)\"");
    // The first start builds Keycloak for development mode (a minute on a busy machine), then it starts.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path home = Path.of(System.getProperty("keycloak.home"));
        Path java = Path.of(System.getProperty("keycloak.java.home"));
        assertTrue(Files.isExecutable(java.resolve("bin/java")), "Keycloak needs Java 21 or newer, looked for it in "
                + java + " (-Dkeycloak.java.home=...; test.sh finds one under /usr/lib/jvm)");
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = Keycloak.class.getResourceAsStream("/keycloak/research-realm.json")) {
            Files.copy(realm, imports.resolve("research-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + PORT, "--import-realm", "--db=dev-mem", "--health-enabled=false"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolveSibling("keycloak.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", java.toString());
        // A short-lived server on a small machine: the quick compiler only, which halves the start
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        process = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!ready) {
            Eventually.await(START_TIMEOUT, Duration.ofSeconds(1), this::answers, up -> up || !process.isAlive(),
                    "Keycloak's realm research to answer at " + REALM);
            assertTrue(process.isAlive(), "Keycloak stopped: see target/keycloak.log");
            ready = true;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        // kc.sh runs Keycloak's JVM as its child
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /**
     * Fills in Keycloak's sign-in form, which {@code form} shows, as {@code username} with {@code password}; the page
     * the browser ends up on.
     */
    public static Page signIn(BrowserSession browser, Page form, String username, String password) {
        Matcher action = LOGIN_FORM.matcher(form.body());
        assertTrue(action.find(), "Not Keycloak's sign-in form: " + form.uri() + " (" + form.status() + ") "
                + form.body());
        return browser.post(form.uri().resolve(action.group(1).replace("&amp;", "&")),
                Map.of("username", username, "password", password, "credentialId", ""));
    }

    /** Whether the page is Keycloak's sign-in form, asking for a password. */
    public static boolean isSignInForm(Page page) {
        return page.uri().getPort() == PORT && LOGIN_FORM.matcher(page.body()).find();
    }

    private boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(REALM.resolve(".well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
