package org.sifregistry.container.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.application.TopicService;
import org.sifregistry.container.domain.TopicCount;
import org.sifregistry.user.web.CallerProducer;

/** The topic tags page: a cloud of the visible containers' topics, the most used first, searched by name. */
@Named
@ViewScoped
public class TopicsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TopicService topicService;

    /** Asked at each request: a view outlives the request that opened it, and Caller is not serializable. */
    @Inject
    private CallerProducer callers;

    /** Also taken from the address as {@code ?q=}. */
    private String search;

    private final PagedModel<TopicCount> topics = PagedModel.of(
            () -> topicService.countTopics(search, callers.caller()),
            page -> topicService.topics(search, page, callers.caller()),
            TopicCount::name);

    public PagedModel<TopicCount> getTopics() {
        return topics;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
