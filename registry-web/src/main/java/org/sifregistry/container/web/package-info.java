/**
 * Faces backing beans of the container page and of the pages that browse containers by label and by topic tag, and
 * the apptainer commands the pages show.
 */
package org.sifregistry.container.web;
