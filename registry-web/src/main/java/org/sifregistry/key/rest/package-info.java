/**
 * The keystore's HTTP side: HKP ({@code /pks/lookup}, {@code /pks/add}), which {@code apptainer key} and the
 * pull-time signature check speak through the remote's {@code keystoreAPI}, and {@code /api/keys} for scripts.
 */
package org.sifregistry.key.rest;
