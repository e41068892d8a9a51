/**
 * Adding, finding and revoking keys (the HKP keystore and the account pages), and telling whether an image's
 * signatures are genuine: at parse time, again when the key they wait for arrives, and when a key is revoked.
 */
package org.sifregistry.key.application;
