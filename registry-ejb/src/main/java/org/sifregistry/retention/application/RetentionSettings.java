package org.sifregistry.retention.application;

import java.io.Serializable;

import org.sifregistry.collection.domain.RetentionPolicy;

/** A collection's retention rules, whether it is protected from them, and the site's default it follows without. */
public record RetentionSettings(RetentionPolicy policy, boolean protectedCollection, RetentionPolicy siteDefault)
        implements Serializable {

    /** Whether the site's default rules apply to the collection, having none of its own. */
    public boolean followsSiteDefault() {
        return !protectedCollection && policy.isNone() && !siteDefault.isNone();
    }
}
