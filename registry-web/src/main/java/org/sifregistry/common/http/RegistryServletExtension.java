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
 * security headers outermost, so that the sign-in limit's 429 carries them too, and the cache of anonymous
 * lookups innermost of the three.
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
        Lazy<RegistryTokens> registryTokens = new Lazy<>(RegistryTokens.class);
        Lazy<RegistryMetrics> metrics = new Lazy<>(RegistryMetrics.class);
        deployment.addOuterHandlerChainWrapper(LookupCacheHandler.keepingAnswersFor(config.lookupCacheLifetime(),
                (bearer, repository) -> registryTokens.get().pullerOf(bearer, repository),
                fromCache -> metrics.get().lookedUp(RegistryMetrics.LookupCache.ANSWERS, fromCache)));
        Lazy<Audit> audit = new Lazy<>(Audit.class);
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
        deployment.addOuterHandlerChainWrapper(SecurityHeadersHandler::new);
    }

    /** A bean found when a request first needs it: CDI is not up yet when handlers are made. */
    private static final class Lazy<T> {

        private final Class<T> type;
        private volatile T bean;

        Lazy(Class<T> type) {
            this.type = type;
        }

        T get() {
            T found = bean;
            if (found == null) {
                found = CDI.current().select(type).get();
                bean = found;
            }
            return found;
        }
    }
}
