package org.sifregistry.sif;

/** The data object types of the SIF specification, with their on-disk codes. */
public enum SifDataType {
    DEFFILE(0x4001, "Deffile"),
    ENV_VAR(0x4002, "EnvVar"),
    LABELS(0x4003, "Labels"),
    PARTITION(0x4004, "Partition"),
    SIGNATURE(0x4005, "Signature"),
    GENERIC_JSON(0x4006, "GenericJSON"),
    GENERIC(0x4007, "Generic"),
    CRYPTO_MESSAGE(0x4008, "CryptoMessage"),
    SBOM(0x4009, "SBOM"),
    /** A code this reader does not know; the object is listed but not interpreted. */
    UNKNOWN(0, "Unknown");

    private final int code;
    private final String displayName;

    SifDataType(int code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The on-disk code (0x4001...), 0 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** The short name used in messages, e.g. "Partition". */
    public String displayName() {
        return displayName;
    }

    /** The type with this on-disk code, or {@link #UNKNOWN}. */
    public static SifDataType fromCode(int code) {
        for (SifDataType type : values()) {
            if (type.code == code && type != UNKNOWN) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
