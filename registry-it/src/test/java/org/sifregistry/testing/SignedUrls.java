package org.sifregistry.testing;

import java.net.URI;

/** Forged variants of the signed URLs the registry hands out (uploads, downloads), to see them refused. */
public final class SignedUrls {

    private SignedUrls() {
    }

    /**
     * The URL with one character of its signature changed: the first character of a query parameter whose name
     * holds "sig", else the middle of the last path segment. Not the last character: in unpadded base64 its low
     * bits are padding, and a decoder may well ignore a change there.
     */
    public static String tampered(String url) {
        URI uri = URI.create(url);
        String query = uri.getRawQuery();
        if (query != null) {
            int start = 0;
            for (String parameter : query.split("&")) {
                int equals = parameter.indexOf('=');
                if (equals > 0 && parameter.substring(0, equals).toLowerCase().contains("sig")
                        && equals + 1 < parameter.length()) {
                    int at = url.indexOf(query) + start + equals + 1;
                    return replaceAt(url, at);
                }
                start += parameter.length() + 1;
            }
        }
        String path = uri.getRawPath();
        int segmentStart = path.lastIndexOf('/') + 1;
        int at = url.indexOf(path) + segmentStart + (path.length() - segmentStart) / 2;
        return replaceAt(url, at);
    }

    /** '0' and '1' are valid in hex, decimal and both base64 alphabets, so the forgery stays well-formed. */
    private static String replaceAt(String url, int at) {
        char replacement = url.charAt(at) == '0' ? '1' : '0';
        return url.substring(0, at) + replacement + url.substring(at + 1);
    }
}
