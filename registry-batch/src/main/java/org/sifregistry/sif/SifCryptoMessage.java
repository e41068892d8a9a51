package org.sifregistry.sif;

/**
 * A cryptographic message object: format "OpenPGP" or "PEM", message type "Clear Signature" or "RSA-OAEP"; "Unknown"
 * for other codes. The message itself is not read.
 */
public record SifCryptoMessage(int objectId, String format, String messageType) {
}
