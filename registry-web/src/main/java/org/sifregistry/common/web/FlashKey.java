package org.sifregistry.common.web;

import java.util.Base64;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.sifregistry.site.application.SigningKey;

/**
 * The key Mojarra encrypts its flash cookie with (the cookie that carries messages over a redirect), which web.xml
 * gives it as {@code faces/FlashSecretKey} through a lookup binding of the server configuration (registry.cli).
 * Without one, each server makes a random key at start, and on a cluster the node that takes over a session cannot
 * read the cookie another node wrote: it logs JSF1094 as an error. Derived from the signing key, which every node
 * shares, it needs no setting of its own and is no secret kept in the code.
 */
@WebListener
public class FlashKey implements ServletContextListener {

    /** Where registry.cli's lookup binding finds it. What an application binds in java:global goes when it does. */
    private static final String NAME = "java:global/sifregistry/flash-key";
    /** Put first in what the signing key signs here, so that the key is of no use for anything else. */
    private static final String LABEL = "faces-flash-key";

    @Inject
    private SigningKey signingKey;

    /** Mojarra looks the key up when the first request uses the flash, after this. */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        // HMAC-SHA256 gives 32 bytes: an AES-256 key, as Mojarra takes it (Base64)
        String key = Base64.getEncoder().encodeToString(signingKey.mac(LABEL));
        try {
            new InitialContext().rebind(NAME, key);
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot bind the flash key at " + NAME, e);
        }
    }
}
