/**
 * The registry's own settings: its name, about text, contact email and help link.
 */
package org.sifregistry.site.domain;
