package org.sifregistry.key.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.key.application.KeyService;
import org.sifregistry.key.application.KeySummary;

/**
 * The account's signing keys: paste a public key to add it (as {@code apptainer key push} does), list and revoke
 * one's own; admins search and revoke everyone's.
 */
@Named
@RequestScoped
public class KeysBacking {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, PageRequest.MAX_LIMIT);

    @Inject
    private KeyService keys;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private String keyText;
    private String search;
    private List<KeySummary> mine;
    private List<KeySummary> all;

    public List<KeySummary> getMine() {
        if (mine == null) {
            mine = keys.mine(caller);
        }
        return mine;
    }

    /** Every key matching the search, for an admin; nothing for anyone else, whom the page does not show it. */
    public List<KeySummary> getAll() {
        if (all == null) {
            all = caller.isAdmin() ? keys.all(search, FIRST_PAGE, caller).items() : List.of();
        }
        return all;
    }

    public void add() {
        messages.attempt(() -> keys.add(keyText, caller)).ifPresent(added -> {
            keyText = null;
            mine = null;
            all = null;
            messages.info("keys.added", added.size());
        });
    }

    public void revoke(String fingerprint) {
        messages.attempt(() -> keys.revoke(fingerprint, caller)).ifPresent(revoked -> {
            mine = null;
            all = null;
        });
    }

    public String getKeyText() {
        return keyText;
    }

    public void setKeyText(String keyText) {
        this.keyText = keyText;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
