package org.sifregistry.common.rest;

import java.util.List;

import org.sifregistry.common.PageRequest;

/** One page of a list the browse API answers: its items, how many there are in all, and the window asked for. */
public record Listing<T>(List<T> items, long total, int offset, int limit) {

    public Listing {
        items = List.copyOf(items);
    }

    public static <T> Listing<T> of(List<T> items, long total, PageRequest page) {
        return new Listing<>(items, total, page.offset(), page.limit());
    }
}
