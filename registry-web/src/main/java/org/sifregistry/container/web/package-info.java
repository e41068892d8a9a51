/**
 * The container page: its backing bean and the apptainer commands the pages show.
 */
package org.sifregistry.container.web;
