package org.sifregistry.collection.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.CollectionPrivacy;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionScope;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.PageRequest;
import org.sifregistry.user.web.CallerProducer;

/**
 * Pages the collections table in the database: PrimeFaces asks for the count, then for one page, searched, filtered
 * and sorted as the table says.
 */
@Dependent
public class CollectionLazyModel extends LazyDataModel<CollectionSummary> {

    private static final long serialVersionUID = 1L;

    /** Table columns that may be sorted, by their sortBy field. */
    private static final Map<String, CollectionSort> SORTS = Map.of(
            "name", CollectionSort.NAME,
            "updated", CollectionSort.UPDATED,
            "starCount", CollectionSort.STARS,
            "downloadCount", CollectionSort.DOWNLOADS);

    @Inject
    private CollectionService collections;

    /** Asked on every use: the model lives in a view-scoped bean, the caller in the request. */
    @Inject
    private CallerProducer callers;

    private String search = "";
    private CollectionScope scope = CollectionScope.ALL;
    private CollectionPrivacy privacy = CollectionPrivacy.ANY;

    void setSearch(String search) {
        this.search = search == null ? "" : search;
    }

    void setScope(CollectionScope scope) {
        this.scope = scope;
    }

    void setPrivacy(CollectionPrivacy privacy) {
        this.privacy = privacy;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) collections.count(query(Map.of()), callers.caller());
    }

    @Override
    public List<CollectionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
        return collections.list(query(sortBy), new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)),
                callers.caller());
    }

    @Override
    public String getRowKey(CollectionSummary row) {
        return row.name();
    }

    private CollectionQuery query(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> SORTS.containsKey(meta.getField()))
                .findFirst()
                .map(meta -> new CollectionQuery(search, SORTS.get(meta.getField()),
                        meta.getOrder() == SortOrder.DESCENDING, scope, privacy))
                .orElse(new CollectionQuery(search, CollectionSort.NAME, false, scope, privacy));
    }
}
