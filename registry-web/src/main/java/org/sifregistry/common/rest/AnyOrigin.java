package org.sifregistry.common.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource method whose answer any web page may read ({@code Access-Control-Allow-Origin: *}): public data
 * that other sites, such as the central index, fetch from their visitors' browsers.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyOrigin {
}
