package org.sifregistry.collection.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.sifregistry.collection.domain.SignedOnly;

/**
 * A collection as its page shows it, read within the service's transaction, with what the caller may do: change it
 * ({@code manageable}) and whether they starred it. Members are sorted by name.
 */
public record CollectionDetails(String name, String description, boolean privateCollection, Instant created,
                                Instant updated, long containerCount, long starCount, long downloadCount,
                                List<String> owners, List<String> contributors, List<String> teams,
                                boolean manageable, boolean starred, SignedOnly signedOnly)
        implements Serializable {
}
