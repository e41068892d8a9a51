package org.sifregistry.container.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.SelectEvent;
import org.primefaces.event.UnselectEvent;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.web.ErrorPages;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.ContainerView;
import org.sifregistry.container.application.Referrer;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.user.web.CallerProducer;

/**
 * The container page ({@code ?ref=collection/name:tag}): what was read from its image, its topic tags (saved as they
 * are typed, for those who may), freezing and deleting it. A container the visitor may not see is answered with 404.
 */
@Named
@ViewScoped
public class ContainerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContainerService containers;

    @Inject
    private ArtifactService artifacts;

    // Request-scoped: the caller of each request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    @Inject
    private PageMessages messages;

    private String ref;
    private ContainerView view;
    private List<String> topics;
    private boolean frozen;
    /** Read once per request that asks; not kept with the view. */
    private transient List<Referrer> referrers;

    /** Reads the container named by {@code ?ref=}, or answers 404 (the view action of the first request). */
    public void load() {
        try {
            show(containers.view(ContainerRef.parse(ref), caller()));
        } catch (NotFoundException | InvalidInputException e) {
            ErrorPages.notFound();
        }
    }

    public void addTopic(SelectEvent<String> event) {
        String topic = event.getObject();
        messages.attempt(() -> containers.addTopicTag(containerRef(), new TopicName(topic), caller()),
                "container.topic.added", topic);
        reload();
    }

    public void removeTopic(UnselectEvent<String> event) {
        String topic = event.getObject();
        messages.attempt(() -> containers.removeTopicTag(containerRef(), new TopicName(topic), caller()),
                "container.topic.removed", topic);
        reload();
    }

    /** Freezes or thaws the container as the toggle now says. */
    public void freeze() {
        boolean freeze = frozen;
        messages.attempt(() -> containers.freeze(containerRef(), freeze, caller()),
                freeze ? "container.frozen" : "container.thawed");
        reload();
    }

    /** Deletes the container and leads to its collection, or stays to say why it could not. */
    public String delete() {
        ContainerDetails details = view.details();
        if (messages.attempt(() -> containers.delete(containerRef(), caller()), "container.deleted", details.ref())) {
            messages.keepForRedirect();
            return "/collections/collection?faces-redirect=true&name=" + details.collection();
        }
        reload();
        return null;
    }

    /** The OCI artifacts (signatures, SBOMs) whose subject is this image's manifest. */
    public List<Referrer> getReferrers() {
        if (referrers == null) {
            ContainerDetails details = view.details();
            referrers = artifacts.referrersOfImage(containerRef().collection(), containerRef().name(),
                    ImageDigest.parse(details.version()), details.size(), caller());
        }
        return referrers;
    }

    /** The labels, sorted by key, as table rows. */
    public List<Map.Entry<String, String>> getLabels() {
        return List.copyOf(view.details().labels().entrySet());
    }

    /** The reference every action on this page applies to: the one the page shows. */
    public ContainerRef containerRef() {
        return ContainerRef.parse(view.details().ref());
    }

    /** Who acts on the page in the current request. */
    public Caller caller() {
        return callers.caller();
    }

    /** Reads the container again after a change; if it is gone meanwhile, the page says so. */
    private void reload() {
        messages.attempt(() -> containers.view(containerRef(), caller())).ifPresent(this::show);
    }

    private void show(ContainerView shown) {
        view = shown;
        topics = new ArrayList<>(shown.details().topics());
        frozen = shown.details().frozen();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ContainerView getView() {
        return view;
    }

    /** The topic tags in the chips input; changed only through {@link #addTopic} and {@link #removeTopic}. */
    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }
}
