/**
 * The keystore: users' OpenPGP public keys and X.509 signing certificates, bound to who uploaded them, and the check
 * of an image signature against one of them: a clearsigned one (keys and signatures read with Bouncy Castle, never by
 * hand) or a DSSE envelope (certificate paths and signatures checked by the JDK's PKIX and Signature).
 */
package org.sifregistry.key.domain;
