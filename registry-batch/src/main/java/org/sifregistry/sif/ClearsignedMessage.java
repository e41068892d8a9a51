package org.sifregistry.sif;

import java.util.Base64;

/**
 * An OpenPGP cleartext-signed message (RFC 4880 section 7): the signed text and the signature packets from the
 * armored block after it. Parsed only as far as the digest checks and the issuer lookup need.
 */
record ClearsignedMessage(String plaintext, byte[] signaturePackets) {
    private static final String BEGIN_MESSAGE = "-----BEGIN PGP SIGNED MESSAGE-----";
    private static final String BEGIN_SIGNATURE = "-----BEGIN PGP SIGNATURE-----";
    private static final String END_SIGNATURE = "-----END PGP SIGNATURE-----";

    /** The message in {@code text}, or null when it holds no complete cleartext-signed message. */
    static ClearsignedMessage parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].stripTrailing().equals(BEGIN_MESSAGE)) {
            i++;
        }
        i++;
        // Armor headers ("Hash: SHA256") end at the first blank line.
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        i++;
        StringBuilder plaintext = new StringBuilder();
        boolean first = true;
        while (i < lines.length && !lines[i].stripTrailing().equals(BEGIN_SIGNATURE)) {
            String line = lines[i].startsWith("- ") ? lines[i].substring(2) : lines[i];
            if (!first) {
                plaintext.append('\n');
            }
            plaintext.append(line);
            first = false;
            i++;
        }
        if (i >= lines.length) {
            return null;
        }
        i++;
        int headersEnd = i;
        while (headersEnd < lines.length && lines[headersEnd].contains(":")) {
            headersEnd++;
        }
        i = headersEnd < lines.length && lines[headersEnd].isBlank() ? headersEnd + 1 : i;
        StringBuilder base64 = new StringBuilder();
        while (i < lines.length && !lines[i].startsWith("=") && !lines[i].stripTrailing().equals(END_SIGNATURE)) {
            base64.append(lines[i].strip());
            i++;
        }
        byte[] packets;
        try {
            packets = Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            packets = new byte[0];
        }
        return new ClearsignedMessage(plaintext.toString(), packets);
    }
}
