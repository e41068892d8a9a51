package org.sifregistry.common.web;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.RegistryException;

/**
 * The messages an action leaves for the page's {@code p:messages}, all from the page bundle: confirmations, and the
 * reason a service refused, told by the refusal's key. Every action that calls a service goes through
 * {@code attempt}, so that a refusal always reaches the page the same way and never as a raw exception text.
 */
@RequestScoped
public class PageMessages {

    /** The input this request's action was refused for, as {@link InvalidInputException#field()} names it. */
    private String refusedField;

    /** A confirmation: the bundle's text for {@code key}, with {@code params} in its {0}, {1}... */
    public void info(String key, Object... params) {
        FacesContext faces = FacesContext.getCurrentInstance();
        add(faces, FacesMessage.SEVERITY_INFO, MessageFormat.format(bundle(faces).getString(key), params));
    }

    /**
     * Makes a change through a service and says how it went: the confirmation {@code key} (with {@code params}) if
     * it was made, the service's reason if it was refused. Returns whether it was made.
     */
    public boolean attempt(Runnable change, String key, Object... params) {
        boolean made = attempt(() -> {
            change.run();
            return true;
        }).isPresent();
        if (made) {
            info(key, params);
        }
        return made;
    }

    /**
     * Calls a service for what it answers, leaving the reason on the page if it refused; the caller confirms, if
     * there is something to confirm, with what was answered.
     */
    public <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (RegistryException refusal) {
            refused(refusal);
            return Optional.empty();
        }
    }

    /** Whether this request's action was refused for the input {@code field}, for a page that marks it. */
    public boolean isRefused(String field) {
        return field.equals(refusedField);
    }

    /** Keeps this request's messages for the next one, for an action that answers with a redirect. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * The refusal in the page bundle's words for its key when the bundle has them (a page may say it for a person
     * rather than for a client), else in the English the APIs answer.
     */
    private void refused(RegistryException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            refusedField = invalid.field();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle page = bundle(faces);
        add(faces, FacesMessage.SEVERITY_ERROR, refusal.message(
                key -> page.containsKey(key.key()) ? page.getString(key.key()) : key.english()));
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static void add(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
