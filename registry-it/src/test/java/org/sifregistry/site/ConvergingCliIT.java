package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Tools;

/**
 * wildfly-config's scripts, run again on a configured server whose settings drifted (an earlier release's defaults,
 * an admin's edit), write back what they set: a changed default reaches an installed server. The real scripts, as
 * installed beside WildFly for bin/registry-server.sh, on a copy of the configured server's files: no server starts.
 */
@DatabaseNeutral
class ConvergingCliIT {

    /** In the order wildfly-config's build applies them to the single server. */
    private static final List<String> SCRIPTS = List.of("datasource.cli", "messaging.cli", "batch.cli",
            "security.cli", "registry.cli", "mail.cli", "auth-local.cli", "tls-off.cli");
    private static final Duration CLI_TIMEOUT = Duration.ofMinutes(3);

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private Path base;

    @BeforeEach
    void copyTheConfiguredServer() throws IOException {
        base = Files.createTempDirectory(Tools.targetDir(), "converging-cli-");
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
    }

    @AfterEach
    void deleteTheCopy() throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void theScriptsWriteBackEverySettingThatDrifted() throws IOException {
        String configured = cli(testScript("read-settings.cli"));
        cli(testScript("drift.cli"));
        assertNotEquals(configured, cli(testScript("read-settings.cli")), "the drift took");

        Path all = base.resolve("all-scripts.cli");
        for (String script : SCRIPTS) {
            Files.writeString(all, Files.readString(jbossHome.resolve("registry-cli").resolve(script)) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        cli(all);

        assertEquals(configured, cli(testScript("read-settings.cli")));
    }

    @Test
    void tlsCliWritesBackItsSettingsAndTlsOffUndoesIt() throws IOException {
        Map<String, String> tls = Map.of("REGISTRY_TLS_KEYSTORE", System.getProperty("it.tls.keystore"),
                "REGISTRY_TLS_KEYSTORE_PASSWORD", System.getProperty("it.tls.password"));
        Path tlsCli = jbossHome.resolve("registry-cli/tls.cli");
        cli(tlsCli, tls);
        String configured = cli(testScript("read-tls.cli"));
        cli(testScript("drift-tls.cli"));
        assertNotEquals(configured, cli(testScript("read-tls.cli")), "the drift took");

        cli(tlsCli, tls);
        assertEquals(configured, cli(testScript("read-tls.cli")));

        cli(jbossHome.resolve("registry-cli/tls-off.cli"));
        String xml = Files.readString(base.resolve("configuration/standalone-full.xml"));
        assertTrue(xml.contains("<https-listener name=\"https\" socket-binding=\"https\""), "the listener stays");
        assertTrue(xml.contains("ssl-context=\"applicationSSC\""), "WildFly's own certificate again");
        assertFalse(xml.contains("registryTls"), "tls.cli's key store, key manager and context are gone");
    }

    private static Path testScript(String name) {
        return Tools.moduleDir().resolve("src/test/resources/cli").resolve(name);
    }

    /** Runs the script on the copy; every operation's outcome and result, as JSON. */
    private String cli(Path script) {
        return cli(script, Map.of());
    }

    /** ... with these environment variables. */
    private String cli(Path script, Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("JAVA_OPTS", "-Djboss.server.base.dir=" + base);
        Tools.Result result = Tools.run(CLI_TIMEOUT, all,
                jbossHome.resolve("bin/jboss-cli.sh").toString(), "--output-json", "--file=" + script);
        if (result.exitCode() != 0) {
            throw new AssertionError(result.describe());
        }
        return result.stdout();
    }
}
