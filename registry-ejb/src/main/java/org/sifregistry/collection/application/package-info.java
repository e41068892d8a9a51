/**
 * Use cases of collections: create, find, list with paging, describe and delete, within what the caller may see.
 */
package org.sifregistry.collection.application;
