/**
 * Faces backing beans of the collections list and of a collection page: the lazy table, a new collection, the star
 * toggle, and the owners' settings and members.
 */
package org.sifregistry.collection.web;
