package org.sifregistry.container.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.SearchText;
import org.sifregistry.container.domain.LabelCarrier;
import org.sifregistry.container.domain.LabelKeyCount;
import org.sifregistry.container.domain.LabelRepository;
import org.sifregistry.container.domain.LabelValueCount;

/**
 * Browsing containers by the labels read from their images: every key, a key's values, and the containers that carry
 * a value. Only what the caller may see is listed or counted; each list is paged in the database.
 */
@Stateless
public class LabelService {

    @Inject
    private LabelRepository labels;

    /** Label keys containing {@code search} (any case), by key. */
    public List<LabelKeyCount> keys(String search, PageRequest page, Caller caller) {
        return labels.keys(SearchText.of(search), page, caller);
    }

    public long countKeys(String search, Caller caller) {
        return labels.countKeys(SearchText.of(search), caller);
    }

    /** The values of one key, by value. */
    public List<LabelValueCount> values(String key, PageRequest page, Caller caller) {
        return labels.values(key, page, caller);
    }

    public long countValues(String key, Caller caller) {
        return labels.countValues(key, caller);
    }

    /** The containers carrying {@code key}, with {@code value} only unless it is null; by value, then newest first. */
    public List<LabelCarrier> carriers(String key, String value, PageRequest page, Caller caller) {
        return labels.carriers(key, value, page, caller);
    }

    public long countCarriers(String key, String value, Caller caller) {
        return labels.countCarriers(key, value, caller);
    }
}
