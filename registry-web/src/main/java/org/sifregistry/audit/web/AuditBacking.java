package org.sifregistry.audit.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.audit.application.AuditTrail;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.audit.domain.AuditEntry;
import org.sifregistry.audit.domain.AuditQuery;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.user.web.CallerProducer;

/** The admins' audit page: the trail newest first, narrowed by action, user and target, and exported as CSV. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    // Request-scoped: the caller of each request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    private AuditAction action;
    private String actor;
    private String target;

    private final LazyDataModel<AuditEntry> model = PagedModel.of(
            () -> trail.count(query(), callers.caller()),
            page -> trail.list(query(), page, callers.caller()),
            e -> e.at() + " " + e.action() + " " + e.actor() + " " + e.target());

    private AuditQuery query() {
        return new AuditQuery(action, actor, target, null, null);
    }

    /** The CSV export of what the page shows, every page of it. */
    public String getCsvUrl() {
        List<String> parameters = new ArrayList<>();
        if (action != null) {
            parameters.add("action=" + action.name());
        }
        if (actor != null && !actor.isBlank()) {
            parameters.add("actor=" + URLEncoder.encode(actor.strip(), StandardCharsets.UTF_8));
        }
        if (target != null && !target.isBlank()) {
            parameters.add("target=" + URLEncoder.encode(target.strip(), StandardCharsets.UTF_8));
        }
        return "api/admin/audit.csv" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
