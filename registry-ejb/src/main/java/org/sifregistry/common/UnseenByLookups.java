package org.sifregistry.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no kept answer is made of, so that writing it leaves the {@link DataVersion} where it is:
 * rows written on every pull would otherwise throw away every kept lookup as fast as clients pull.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UnseenByLookups {
}
