/**
 * The {@code parse-image} job and the consumer of image-pushed messages that starts it: each pushed image's header
 * is read, and its labels, definition file, operating system and signatures are recorded on its container.
 */
package org.sifregistry.container.batch;
