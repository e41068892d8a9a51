package org.sifregistry.common.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.sifregistry.common.PageRequest;

/** {@code ?offset=&limit=} of a listed GET: from the first item, 50 at a time unless asked otherwise. */
public class PageParameters {

    @QueryParam("offset")
    @DefaultValue("0")
    private int offset;

    @QueryParam("limit")
    @DefaultValue("50")
    private int limit;

    /** Refuses a negative offset or a limit past {@link PageRequest#MAX_LIMIT} with a 400 that says so. */
    public PageRequest request() {
        return new PageRequest(offset, limit);
    }
}
