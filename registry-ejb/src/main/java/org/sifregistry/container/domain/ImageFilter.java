package org.sifregistry.container.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code apptainer search --arch … --signed} asks of an image: one of the architectures (a comma-separated
 * list, as the library client sends it; none means any) and, when signed only, a signature whose digests all
 * match the signed objects.
 */
public record ImageFilter(Set<String> architectures, boolean signedOnly) {

    public static final ImageFilter ANY = new ImageFilter(Set.of(), false);

    public ImageFilter {
        architectures = Set.copyOf(architectures);
    }

    /** From the library search's {@code arch} and {@code signed} parameters; blanks and unknown words mean no filter. */
    public static ImageFilter of(String architectures, String signed) {
        Set<String> archs = architectures == null ? Set.of() : Arrays.stream(architectures.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new ImageFilter(archs, Boolean.parseBoolean(signed == null ? null : signed.strip()));
    }

    /** Whether the filter narrows a search to images alone, as the library client says it does. */
    public boolean narrows() {
        return !architectures.isEmpty() || signedOnly;
    }

    /** Whether {@code container}, whose image has {@code signatures}, passes the filter. */
    public boolean matches(Container container, List<SignatureSummary> signatures) {
        return (architectures.isEmpty() || architectures.contains(container.architecture()))
                && (!signedOnly || isSigned(signatures));
    }

    /** Signed: by a genuine signature of a key in the keystore, whose digests still match. */
    public static boolean isSigned(List<SignatureSummary> signatures) {
        return signatures.stream().anyMatch(SignatureSummary::verified);
    }
}
