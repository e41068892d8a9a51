package org.sifregistry.common.http;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.common.RequestOrigin;
import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.container.http.LookupCacheHandler;
import org.sifregistry.container.rest.oci.RegistryTokens;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.user.http.OciCredentialsHandler;
import org.sifregistry.user.http.SignInLimitHandler;
import org.sifregistry.user.http.SignInLimiter;

/**
 * Puts the registry's own Undertow handlers around the web module's servlet chain, outside the container's
 * authentication (found through META-INF/services; WildFly gives web deployments the Undertow modules): the
 * security headers outermost, so that the sign-in limit's 429 and the cache's answers carry them too, then the cache's
 * answers, on the I/O thread, and around the servlets the sign-in limit and, innermost, where the cache keeps answers.
 */
public class RegistryServletExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        // Runs before CDI is up; RegistryConfig only reads system properties, so a plain instance reads the same
        RegistryConfig config = new RegistryConfig();
        SignInLimiter passwords = new SignInLimiter(config.signInMaxFailures(), config.signInFailureWindow(),
                Clock.systemUTC());
        SignInLimiter tokens = new SignInLimiter(config.signInMaxFailures(), config.signInFailureWindow(),
                Clock.systemUTC());
        SignInLimiter tokenFloods = new SignInLimiter(config.tokenMaxFailures(), config.signInFailureWindow(),
                Clock.systemUTC());
        ClassLoader loader = deployment.getClassLoader();
        Lazy<RegistryTokens> registryTokens = new Lazy<>(RegistryTokens.class, loader);
        Lazy<RegistryMetrics> metrics = new Lazy<>(RegistryMetrics.class, loader);
        LookupCacheHandler.Places cache = LookupCacheHandler.keepingAnswersFor(config.lookupCacheLifetime(),
                (bearer, repository) -> registryTokens.get().pullerOf(bearer, repository),
                fromCache -> metrics.get().lookedUp(RegistryMetrics.LookupCache.ANSWERS, fromCache));
        deployment.addOuterHandlerChainWrapper(cache.keeping());
        Lazy<Audit> audit = new Lazy<>(Audit.class, loader);
        deployment.addOuterHandlerChainWrapper(next -> new SignInLimitHandler(next, passwords, tokens, tokenFloods,
                new SignInLimitHandler.FailedSignIns() {
                    @Override
                    public void failed(String username, String mechanism, RequestOrigin origin) {
                        audit.get().signInFailed(username, mechanism, origin);
                    }

                    @Override
                    public void blocked(String username, String mechanism, RequestOrigin origin, Duration window) {
                        audit.get().signInBlocked(username, mechanism, origin, window);
                    }
                }));
        // Outside the limit, so that the OCI credentials it turns into basic or bearer ones are counted as such
        deployment.addOuterHandlerChainWrapper(OciCredentialsHandler::new);
        // The initial chain runs on the I/O thread, before the hand-over to a worker thread for the servlets
        deployment.addInitialHandlerChainWrapper(cache.answering());
        deployment.addInitialHandlerChainWrapper(SecurityHeadersHandler::new);
    }

    /**
     * A bean found when a request first needs it: CDI is not up yet when handlers are made. It is looked up with the
     * deployment's class loader, which an I/O thread does not have as its own.
     */
    private static final class Lazy<T> {

        private final Class<T> type;
        private final ClassLoader loader;
        private volatile T bean;

        Lazy(Class<T> type, ClassLoader loader) {
            this.type = type;
            this.loader = loader;
        }

        T get() {
            T found = bean;
            if (found == null) {
                Thread thread = Thread.currentThread();
                ClassLoader own = thread.getContextClassLoader();
                thread.setContextClassLoader(loader);
                try {
                    found = CDI.current().select(type).get();
                } finally {
                    thread.setContextClassLoader(own);
                }
                bean = found;
            }
            return found;
        }
    }
}
