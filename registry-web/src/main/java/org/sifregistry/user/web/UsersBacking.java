package org.sifregistry.user.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.common.Role;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.user.application.UserService;
import org.sifregistry.user.application.UserSummary;

/** The admins' users page: a lazy table of the users, searched by name or email, and granting roles. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    // Request-scoped: the caller of each request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    @Inject
    private PageMessages messages;

    /** The search text, also taken from the URL as {@code ?q=}. */
    private String search;

    private final LazyDataModel<UserSummary> model = PagedModel.of(
            () -> users.count(search, callers.caller()),
            page -> users.list(search, page, callers.caller()),
            UserSummary::username);

    public void grant(String username, Role role) {
        messages.attempt(() -> users.grant(username, role, callers.caller()), "users.granted", role.roleName(),
                username);
    }

    public void revoke(String username, Role role) {
        messages.attempt(() -> users.revoke(username, role, callers.caller()), "users.revoked", role.roleName(),
                username);
    }

    public LazyDataModel<UserSummary> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
