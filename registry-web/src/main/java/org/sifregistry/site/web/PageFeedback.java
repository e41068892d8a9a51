package org.sifregistry.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.RegistryException;

/**
 * What a page tells its user after an action: the bundle's text on success, the service's own words when it refuses
 * (they are written for users), and the 404 page for something that does not exist or may not be seen.
 */
public final class PageFeedback {

    /** Said instead of the API-oriented text of {@link NotSignedInException}. */
    static final String SIGN_IN_KEY = "collection.error.signIn";

    private PageFeedback() {
    }

    /** A service call made on a page; a refusal becomes an error message, not an error page. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    /**
     * Runs {@code action}; on success shows the bundle text {@code successKey} (if not null) formatted with
     * {@code params}. Returns whether it succeeded.
     */
    public static boolean attempt(Action action, String successKey, Object... params) {
        try {
            action.run();
        } catch (NotSignedInException e) {
            message(FacesMessage.SEVERITY_ERROR, text(SIGN_IN_KEY));
            return false;
        } catch (RegistryException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            return false;
        }
        if (successKey != null) {
            message(FacesMessage.SEVERITY_INFO, text(successKey, params));
        }
        return true;
    }

    /**
     * Leaves for another page ({@code outcome} as in a link, with its parameters), keeping this request's messages
     * to show there. Works from ajax listeners too, whose return values Faces ignores.
     */
    public static void redirect(String outcome) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true");
    }

    /** Answers this request with the 404 page, the same for what is missing and for what may not be seen. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static String text(String key, Object... params) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return params.length == 0 ? pattern : MessageFormat.format(pattern, params);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
