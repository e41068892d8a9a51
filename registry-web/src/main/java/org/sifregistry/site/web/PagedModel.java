package org.sifregistry.site.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sifregistry.common.PageRequest;

/**
 * A lazy table over a service's count and page queries: PrimeFaces asks for the count, then for one page, and both
 * are answered by the database. The functions are called afresh for every request, so they should ask the services
 * as the caller of that request.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the whole list has. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows of one page. */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> page(PageRequest page);
    }

    /** What tells a row apart from the others of its list. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Rows<T> rows;
    private final RowKey<T> rowKey;

    public PagedModel(Count count, Rows<T> rows, RowKey<T> rowKey) {
        this.count = count;
        this.rows = rows;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rows.page(new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT))));
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }
}
