package org.sifregistry.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an entity's bulk updates (named queries) that change nothing any kept answer is made of, so that running
 * them leaves the {@link DataVersion} where it is; every other write of the entity advances it. A token's last use,
 * written once a minute while the token is in use, would otherwise throw away every kept lookup as often, and make
 * every client asking at that moment compute its answer again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UpdatesUnseenByLookups {

    /** The names of the entity's named queries that are such updates. */
    String[] value();
}
