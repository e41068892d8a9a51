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
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionSort;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;

/** Pages the collections table in the database: PrimeFaces asks for the count, then for one page. */
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

    @Inject
    private Caller caller;

    private String search = "";

    void setSearch(String search) {
        this.search = search == null ? "" : search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) collections.count(query(Map.of()), caller);
    }

    @Override
    public List<CollectionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
        return collections.list(query(sortBy), new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)), caller);
    }

    @Override
    public String getRowKey(CollectionSummary row) {
        return row.name();
    }

    private CollectionQuery query(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> SORTS.containsKey(meta.getField()))
                .findFirst()
                .map(meta -> new CollectionQuery(search, SORTS.get(meta.getField()), meta.getOrder() == SortOrder.DESCENDING))
                .orElse(new CollectionQuery(search, CollectionSort.NAME, false));
    }
}
