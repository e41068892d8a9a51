/**
 * The collection feature's entities and value objects: collections, which group containers, and their names.
 */
package org.sifregistry.collection.domain;
