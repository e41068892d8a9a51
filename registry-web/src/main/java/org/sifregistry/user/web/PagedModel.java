package org.sifregistry.user.web;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sifregistry.common.PageRequest;

/**
 * A lazy table over a service's count and page of one list: PrimeFaces asks for the count, then for one page, so
 * the database pages and nothing is loaded whole.
 */
abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The size of the whole list. */
    protected abstract long total();

    protected abstract List<T> page(PageRequest page);

    /** What tells a row apart from the others of the list. */
    protected abstract String key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(total(), Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page(new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)));
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }
}
