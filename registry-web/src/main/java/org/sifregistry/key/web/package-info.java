/**
 * The account's signing keys page: add and revoke one's OpenPGP keys and X.509 certificates; admins see and revoke
 * everyone's keys, and choose the certificate authorities that vouch for signers.
 */
package org.sifregistry.key.web;
