/**
 * The keystore: users' OpenPGP public keys, bound to who uploaded them, and the check of a clearsigned image
 * signature against one of them. Keys and signatures are read with Bouncy Castle, never by hand.
 */
package org.sifregistry.key.domain;
