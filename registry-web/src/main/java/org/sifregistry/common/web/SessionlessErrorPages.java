package org.sifregistry.common.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes an error page a transient view, one that keeps no state and so starts no session, for a request without a
 * session. Such a caller is not signed in, and an error page shows a form only to those who are.
 * <p>
 * A refused sign-in (the user web package's SignInRecorder) ends its session before the error page renders, and
 * WildFly's distributable session manager never releases a session begun in the request that invalidated the one
 * before: each held the next undeployment for a minute. Nor need a link checker's or a script's error pages each
 * hold a session. The view must be transient from its creation: PrimeFaces keeps each page's CSP nonce in the
 * view's map, which makes the session, before the page's own tags are read.
 */
public class SessionlessErrorPages extends ViewHandlerWrapper {

    public SessionlessErrorPages(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getDispatcherType() == DispatcherType.ERROR && external.getSession(false) == null) {
            view.setTransient(true);
        }
        return view;
    }
}
