/**
 * The content-addressed image store: every SIF file is written once under its sha256 and never changed,
 * so identical uploads share one file and a digest always names the same bytes.
 */
package org.sifregistry.storage;
