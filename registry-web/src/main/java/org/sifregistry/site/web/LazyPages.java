package org.sifregistry.site.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sifregistry.common.PageRequest;

/**
 * A lazy table over a service's count and page queries, for lists with one fixed order: PrimeFaces asks for the
 * count, then for the page it shows. The functions are serializable because view-scoped beans hold the model.
 */
public class LazyPages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the whole list has. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** One page of the list. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(PageRequest page);
    }

    /** What identifies a row among the others. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final RowKey<T> rowKey;

    public LazyPages(Counter counter, Loader<T> loader, RowKey<T> rowKey) {
        this.counter = counter;
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT))));
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }
}
