package org.sifregistry.sif;

/** The file is not a SIF or legacy Singularity image, or is damaged; the message says what is wrong, and where. */
public final class SifFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SifFormatException(String message) {
        super(message);
    }

    public SifFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
