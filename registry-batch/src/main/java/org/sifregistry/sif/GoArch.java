package org.sifregistry.sif;

/** The SIF architecture codes ("01\0" ... "12\0") and the Go names they stand for (sif/arch.go). */
final class GoArch {
    private static final String[] NAMES = {null, "386", "amd64", "arm", "arm64", "ppc64", "ppc64le", "mips",
        "mipsle", "mips64", "mips64le", "s390x", "riscv64"};

    private GoArch() {
    }

    /** The Go name of the 3-byte code at {@code offset}, or null for "00" and anything unknown. */
    static String name(byte[] bytes, int offset) {
        if (offset + 3 > bytes.length || bytes[offset + 2] != 0) {
            return null;
        }
        int tens = bytes[offset] - '0';
        int ones = bytes[offset + 1] - '0';
        if (tens < 0 || tens > 9 || ones < 0 || ones > 9) {
            return null;
        }
        int code = tens * 10 + ones;
        return code < NAMES.length ? NAMES[code] : null;
    }
}
