/**
 * Use cases of containers: publish an image under a tag, tag, retag, freeze, topic tags and delete; browsing
 * containers by their labels and topic tags.
 */
package org.sifregistry.container.application;
