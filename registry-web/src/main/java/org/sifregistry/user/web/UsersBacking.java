package org.sifregistry.user.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.common.Role;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.quota.application.QuotaService;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.quota.web.QuotaInputs;
import org.sifregistry.user.application.UserService;
import org.sifregistry.user.application.UserSummary;

/**
 * The admins' users page: a lazy table of the users, searched by name or email, granting roles and setting
 * quotas, with each user's usage against their quota.
 */
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
    private QuotaService quotas;

    @Inject
    private PageMessages messages;

    /** A user and what their images take against their quota. */
    public record UserRow(UserSummary user, QuotaUse quota) implements Serializable {
    }

    /** The search text, also taken from the URL as {@code ?q=}. */
    private String search;

    /** The new quotas typed into the table, by username. */
    private final QuotaInputs quotaInputs = new QuotaInputs();

    private final LazyDataModel<UserRow> model = PagedModel.of(
            () -> users.count(search, callers.caller()),
            page -> users.list(search, page, callers.caller()).stream()
                    .map(user -> new UserRow(user, quotas.ofUser(user.username(), callers.caller())))
                    .toList(),
            row -> row.user().username());

    public void grant(String username, Role role) {
        messages.attempt(() -> users.grant(username, role, callers.caller()), "users.granted", role.roleName(),
                username);
    }

    public void revoke(String username, Role role) {
        messages.attempt(() -> users.revoke(username, role, callers.caller()), "users.revoked", role.roleName(),
                username);
    }

    /** Sets the quota typed for the user: a quota, or "default" to follow REGISTRY_DEFAULT_USER_QUOTA again. */
    public void setQuota(String username) {
        quotaInputs.set(username, quota -> quotas.setUserQuota(username, quota, callers.caller()), messages,
                "users.quota.changed");
    }

    public Map<String, String> getQuotaInputs() {
        return quotaInputs.typed();
    }

    public LazyDataModel<UserRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
