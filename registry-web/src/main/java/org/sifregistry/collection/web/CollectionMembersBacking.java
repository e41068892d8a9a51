package org.sifregistry.collection.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.site.web.PageFeedback;
import org.sifregistry.user.domain.TeamName;

/** The owners' part of the collection page: adding and removing owners, contributors and teams. */
@Named
@ViewScoped
public class CollectionMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionService collections;

    @Inject
    private CollectionBacking page;

    private String newOwner;
    private String newContributor;
    private String newTeam;

    public void addOwner() {
        if (PageFeedback.attempt(() -> collections.addOwner(page.collectionName(), username(newOwner), page.caller()),
                "collection.owner.added", username(newOwner))) {
            newOwner = null;
        }
        page.reload();
    }

    public void removeOwner(String username) {
        PageFeedback.attempt(() -> collections.removeOwner(page.collectionName(), username, page.caller()),
                "collection.owner.removed", username);
        page.reload();
    }

    public void addContributor() {
        if (PageFeedback.attempt(() -> collections.addContributor(page.collectionName(), username(newContributor),
                page.caller()), "collection.contributor.added", username(newContributor))) {
            newContributor = null;
        }
        page.reload();
    }

    public void removeContributor(String username) {
        PageFeedback.attempt(() -> collections.removeContributor(page.collectionName(), username, page.caller()),
                "collection.contributor.removed", username);
        page.reload();
    }

    public void addTeam() {
        if (PageFeedback.attempt(() -> collections.addTeam(page.collectionName(), new TeamName(newTeam),
                page.caller()), "collection.team.added", newTeam)) {
            newTeam = null;
        }
        page.reload();
    }

    public void removeTeam(String team) {
        PageFeedback.attempt(() -> collections.removeTeam(page.collectionName(), new TeamName(team), page.caller()),
                "collection.team.removed", team);
        page.reload();
    }

    /** A user name as typed, without the spaces around it; the form requires one. */
    private static String username(String typed) {
        return typed == null ? null : typed.strip();
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public String getNewContributor() {
        return newContributor;
    }

    public void setNewContributor(String newContributor) {
        this.newContributor = newContributor;
    }

    public String getNewTeam() {
        return newTeam;
    }

    public void setNewTeam(String newTeam) {
        this.newTeam = newTeam;
    }
}
