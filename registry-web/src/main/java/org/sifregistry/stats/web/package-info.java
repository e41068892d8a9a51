/** Faces backing beans of the statistics pages: sizes, stars and downloads, and the chart of pulls over time. */
package org.sifregistry.stats.web;
