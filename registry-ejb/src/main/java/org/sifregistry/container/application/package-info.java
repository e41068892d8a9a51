/**
 * Use cases of containers: publish an image under a tag, tag, retag, freeze, topic tags and delete.
 */
package org.sifregistry.container.application;
