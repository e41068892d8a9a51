package org.sifregistry.container.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.application.LabelService;
import org.sifregistry.container.domain.LabelCarrier;
import org.sifregistry.container.domain.LabelValueCount;
import org.sifregistry.user.web.CallerProducer;

/**
 * The page of one label key ({@code ?key=}): its values, and the containers that carry them, or only those carrying
 * one value ({@code &value=}).
 */
@Named
@ViewScoped
public class LabelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LabelService labels;

    /** Asked at each request: a view outlives the request that opened it, and Caller is not serializable. */
    @Inject
    private CallerProducer callers;

    private String key;
    private String value;

    private final PagedModel<LabelValueCount> values = PagedModel.of(
            () -> labels.countValues(key, callers.caller()),
            page -> labels.values(key, page, callers.caller()),
            LabelValueCount::value);

    private final PagedModel<LabelCarrier> carriers = PagedModel.of(
            () -> labels.countCarriers(key, value, callers.caller()),
            page -> labels.carriers(key, value, page, callers.caller()),
            carrier -> carrier.value() + "\n" + carrier.container().ref());

    public PagedModel<LabelValueCount> getValues() {
        return values;
    }

    public PagedModel<LabelCarrier> getCarriers() {
        return carriers;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getValue() {
        return value;
    }

    /** An empty {@code value=} means no value was chosen. */
    public void setValue(String value) {
        this.value = value == null || value.isEmpty() ? null : value;
    }
}
