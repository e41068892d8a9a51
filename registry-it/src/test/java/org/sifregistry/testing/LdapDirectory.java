package org.sifregistry.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * A real LDAP server in the test JVM (UnboundID's in-memory directory) with the accounts and groups of
 * src/test/resources/ldap/directory.ldif, on the address the ldap failsafe execution gives the server in LDAP_URL.
 * WildFly contacts it only when someone signs in, so it may start after the server has.
 */
public final class LdapDirectory implements AutoCloseable {

    public static final int PORT = 10389;
    public static final String BIND_DN = "cn=registry,dc=example,dc=org";
    public static final String BIND_PASSWORD = "registry-bind-1";

    private final InMemoryDirectoryServer server;

    private LdapDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    public static LdapDirectory start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=example,dc=org");
            config.addAdditionalBindCredentials(BIND_DN, BIND_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", PORT));
            // posixGroup's memberUid and the like need no schema checks in a test directory
            config.setSchema(null);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, Tools.moduleDir().resolve("src/test/resources/ldap/directory.ldif").toFile());
            server.startListening();
            return new LdapDirectory(server);
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory did not start on port " + PORT, e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
