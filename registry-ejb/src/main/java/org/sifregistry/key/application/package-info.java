/**
 * Adding, finding and revoking keys (the HKP keystore and the account pages) and signing certificates, and telling
 * whether an image's signatures are genuine: at parse time, again when the key or certificate they wait for arrives,
 * when one is revoked, and when the trusted certificate authorities change.
 */
package org.sifregistry.key.application;
