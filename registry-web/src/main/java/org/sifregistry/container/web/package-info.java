/** Faces backing beans of the pages that browse containers by label and by topic tag. */
package org.sifregistry.container.web;
