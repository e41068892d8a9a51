package org.sifregistry.container.rest.oci;

import java.util.Optional;

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;
import org.sifregistry.container.domain.ContainerName;

/**
 * An OCI repository name as the registry maps it: {@code collection/name}, or a bare {@code name} in the collection
 * of one-part library refs ({@code REGISTRY_LIBRARY_DEFAULT_COLLECTION}), so that {@code oras://HOST/alpine} and
 * {@code library://alpine} are the same container. {@code text} is the name as the client wrote it, for challenges.
 */
record RepositoryName(String text, CollectionName collection, ContainerName name) {

    /** @throws OciException NAME_INVALID when it is not a name of this registry */
    static RepositoryName parse(String text, String defaultCollection) {
        return tryParse(text, defaultCollection).orElseThrow(() -> new OciException(OciError.NAME_INVALID,
                abbreviated(text) + " is not a repository name here: it is collection/name (lowercase "
                        + "letters, digits and '-'), or a name in the collection '" + defaultCollection + "'"));
    }

    static Optional<RepositoryName> tryParse(String text, String defaultCollection) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = text.split("/", -1);
        try {
            RepositoryName name = switch (parts.length) {
                case 1 -> new RepositoryName(text, new CollectionName(defaultCollection), new ContainerName(parts[0]));
                case 2 -> new RepositoryName(text, new CollectionName(parts[0]), new ContainerName(parts[1]));
                default -> null;
            };
            // The value objects trim and lowercase; an OCI name is taken only as it is written
            return Optional.ofNullable(name).filter(n -> n.name().value().equals(parts[parts.length - 1])
                    && (parts.length == 1 || n.collection().value().equals(parts[0])));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static String abbreviated(String text) {
        return UserText.quoted(String.valueOf(text));
    }
}
