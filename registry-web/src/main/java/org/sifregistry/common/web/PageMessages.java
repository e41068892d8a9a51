package org.sifregistry.common.web;

import java.text.MessageFormat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.sifregistry.common.RegistryException;

/**
 * The messages an action leaves for the page's {@code p:messages}: confirmations from the bundle, and the reason a
 * service refused, whose text is written for the user.
 */
@RequestScoped
public class PageMessages {

    /** A confirmation: the bundle's text for {@code key}, with {@code params} in its {0}, {1}... */
    public void info(String key, Object... params) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        add(faces, FacesMessage.SEVERITY_INFO, MessageFormat.format(text, params));
    }

    /**
     * Makes a change through a service and says how it went: the confirmation {@code key} (with {@code params}) if
     * it was made, the service's reason if it was refused. Returns whether it was made.
     */
    public boolean attempt(Runnable change, String key, Object... params) {
        try {
            change.run();
        } catch (RegistryException refusal) {
            refused(refusal);
            return false;
        }
        info(key, params);
        return true;
    }

    public void refused(RegistryException refusal) {
        add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, refusal.getMessage());
    }

    /** Keeps this request's messages for the next one, for an action that answers with a redirect. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
