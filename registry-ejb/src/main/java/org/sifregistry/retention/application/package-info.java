/** Retention: the dry run, the run that deletes exactly what it lists, notices ahead, and setting the rules. */
package org.sifregistry.retention.application;
