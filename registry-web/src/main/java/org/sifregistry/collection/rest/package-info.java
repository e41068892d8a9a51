/** The browse API's collections: the visible ones, one collection's details and the containers in it. */
package org.sifregistry.collection.rest;
