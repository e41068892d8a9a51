/**
 * Faces backing beans of the site: the home page, the site settings for the layout and the about page, and the
 * admin pages of settings and of job runs.
 */
package org.sifregistry.site.web;
