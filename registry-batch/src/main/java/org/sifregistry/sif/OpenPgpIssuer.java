package org.sifregistry.sif;

/**
 * Finds who issued an OpenPGP signature packet (RFC 4880 5.2, RFC 9580 5.2): the issuer-fingerprint subpacket
 * (type 33) or the issuer key id (type 16, or the v3 key id field). The signature itself is not verified.
 */
record OpenPgpIssuer(String fingerprint, String keyId) {
    private static final OpenPgpIssuer NONE = new OpenPgpIssuer(null, null);
    private static final int SIGNATURE_TAG = 2;
    private static final int ISSUER_KEY_ID = 16;
    private static final int ISSUER_FINGERPRINT = 33;

    /** The issuer of the first signature packet in {@code packets}; both fields null when none is found. */
    static OpenPgpIssuer of(byte[] packets) {
        int p = 0;
        while (p < packets.length) {
            int header = packets[p] & 0xff;
            if ((header & 0x80) == 0) {
                return NONE;
            }
            int tag;
            long length;
            int bodyStart;
            if ((header & 0x40) != 0) {
                tag = header & 0x3f;
                if (p + 1 >= packets.length) {
                    return NONE;
                }
                int first = packets[p + 1] & 0xff;
                if (first < 192) {
                    length = first;
                    bodyStart = p + 2;
                } else if (first < 224) {
                    if (p + 2 >= packets.length) {
                        return NONE;
                    }
                    length = ((first - 192) << 8) + (packets[p + 2] & 0xff) + 192;
                    bodyStart = p + 3;
                } else if (first == 255) {
                    length = uint(packets, p + 2, 4);
                    bodyStart = p + 6;
                } else {
                    return NONE; // partial body lengths are not allowed for signature packets
                }
            } else {
                tag = (header >> 2) & 0xf;
                int lengthBytes = switch (header & 3) {
                    case 0 -> 1;
                    case 1 -> 2;
                    case 2 -> 4;
                    default -> 0;
                };
                length = lengthBytes == 0 ? packets.length - (p + 1) : uint(packets, p + 1, lengthBytes);
                bodyStart = p + 1 + lengthBytes;
            }
            if (length < 0 || bodyStart > packets.length || length > packets.length - bodyStart) {
                return NONE;
            }
            if (tag == SIGNATURE_TAG) {
                return ofSignature(packets, bodyStart, (int) length);
            }
            p = bodyStart + (int) length;
        }
        return NONE;
    }

    private static OpenPgpIssuer ofSignature(byte[] b, int start, int length) {
        int end = start + length;
        if (length < 1) {
            return NONE;
        }
        int version = b[start] & 0xff;
        if (version == 3) {
            return length >= 15 ? new OpenPgpIssuer(null, Text.hex(b, start + 7, 8)) : NONE;
        }
        int countBytes = version == 4 ? 2 : version == 5 || version == 6 ? 4 : -1;
        if (countBytes < 0) {
            return NONE;
        }
        int hashedStart = start + 4 + countBytes;
        long hashedLength = uint(b, start + 4, countBytes);
        if (hashedStart > end || hashedLength < 0 || hashedLength > end - hashedStart) {
            return NONE;
        }
        int hashedEnd = hashedStart + (int) hashedLength;
        long unhashedLength = uint(b, hashedEnd, countBytes);
        int unhashedStart = hashedEnd + countBytes;
        int unhashedEnd = unhashedLength < 0 || unhashedStart > end || unhashedLength > end - unhashedStart
                ? hashedEnd
                : unhashedStart + (int) unhashedLength;
        String[] found = new String[2];
        subpackets(b, hashedStart, hashedEnd, found);
        if (unhashedEnd > hashedEnd) {
            subpackets(b, unhashedStart, unhashedEnd, found);
        }
        return new OpenPgpIssuer(found[0], found[1]);
    }

    /** Fills found[0] with the first issuer fingerprint, found[1] with the first issuer key id. */
    private static void subpackets(byte[] b, int start, int end, String[] found) {
        int p = start;
        while (p < end) {
            int first = b[p] & 0xff;
            long length;
            int typeAt;
            if (first < 192) {
                length = first;
                typeAt = p + 1;
            } else if (first < 255) {
                if (p + 1 >= end) {
                    return;
                }
                length = ((first - 192) << 8) + (b[p + 1] & 0xff) + 192;
                typeAt = p + 2;
            } else {
                length = uint(b, p + 1, 4);
                typeAt = p + 5;
            }
            if (length < 1 || typeAt >= end || length > end - typeAt) {
                return;
            }
            int type = b[typeAt] & 0x7f;
            int dataAt = typeAt + 1;
            int dataLength = (int) length - 1;
            if (type == ISSUER_FINGERPRINT && found[0] == null && dataLength >= 21) {
                int keyVersion = b[dataAt] & 0xff;
                int fingerprintLength = keyVersion == 4 ? 20 : 32;
                if (dataLength >= 1 + fingerprintLength) {
                    found[0] = Text.hex(b, dataAt + 1, fingerprintLength);
                }
            } else if (type == ISSUER_KEY_ID && found[1] == null && dataLength == 8) {
                found[1] = Text.hex(b, dataAt, 8);
            }
            p = typeAt + (int) length;
        }
    }

    /** A big-endian unsigned number of {@code count} bytes, or -1 when it runs past the array. */
    private static long uint(byte[] b, int at, int count) {
        if (at < 0 || at > b.length - count) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 8) | (b[at + i] & 0xff);
        }
        return value;
    }
}
