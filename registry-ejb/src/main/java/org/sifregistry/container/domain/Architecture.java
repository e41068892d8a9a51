package org.sifregistry.container.domain;

import java.util.Locale;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;

/**
 * The CPU architecture a library client tags an image for ({@code amd64}, {@code arm64}, {@code ppc64le}): Go's
 * names, so ASCII letters, digits, {@code _} and {@code -}. It keys the v2 tags map and is shown on pages, so
 * anything else is refused rather than stored. Trimmed and lowercased on creation.
 */
public record Architecture(String value) {

    public Architecture {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("arch", ErrorKey.ARCH_REQUIRED);
        }
        String arch = UserText.trimmed(value);
        int bad = arch.codePoints().filter(c -> !isAllowed(c)).findFirst().orElse(-1);
        if (bad >= 0) {
            throw new InvalidInputException("arch", ErrorKey.ARCH_CHARACTERS, UserText.quoted(arch),
                    UserText.character(bad));
        }
        if (arch.length() > Container.ARCHITECTURE_MAX_LENGTH) {
            throw new InvalidInputException("arch", ErrorKey.ARCH_TOO_LONG, UserText.quoted(arch), arch.length(),
                    Container.ARCHITECTURE_MAX_LENGTH);
        }
        value = arch.toLowerCase(Locale.ROOT);
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    @Override
    public String toString() {
        return value;
    }
}
