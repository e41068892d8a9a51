package org.sifregistry.common.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sifregistry.common.PageRequest;

/**
 * A lazy table over a service's count and page of one list: PrimeFaces asks for the count, then for one page, so
 * the database pages and nothing is loaded whole. Both are asked again at every request, so they should ask the
 * services as the caller of that request.
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

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

    /** A model made of three functions, for a table that needs nothing more. */
    public static <T> PagedModel<T> of(Count count, Rows<T> rows, RowKey<T> rowKey) {
        return new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected long total() {
                return count.count();
            }

            @Override
            protected List<T> page(PageRequest page) {
                return rows.page(page);
            }

            @Override
            protected String key(T row) {
                return rowKey.of(row);
            }
        };
    }

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
        return page(new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT))));
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }
}
