package org.sifregistry.common.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Answers a page request with one of the error pages of web.xml instead of the page. */
public final class ErrorPages {

    private ErrorPages() {
    }

    /**
     * The 404 page, the same for what does not exist and for what the visitor may not see, so that a private
     * collection's name is never confirmed. For the view action of a page's first request.
     */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
