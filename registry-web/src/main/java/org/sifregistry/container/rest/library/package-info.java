/**
 * The Sylabs library protocol as Apptainer's library client speaks it: discovery, entities, collections,
 * containers, tags, image lookups, search, and pushes and pulls of image files.
 */
package org.sifregistry.container.rest.library;
