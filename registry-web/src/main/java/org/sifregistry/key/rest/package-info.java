/**
 * The keystore's HTTP side: HKP ({@code /pks/lookup}, {@code /pks/add}), which {@code apptainer key} and the
 * pull-time signature check speak through the remote's {@code keystoreAPI}, and {@code /api/keys} and
 * {@code /api/certificates} (X.509 signing certificates and their authorities) for scripts.
 */
package org.sifregistry.key.rest;
