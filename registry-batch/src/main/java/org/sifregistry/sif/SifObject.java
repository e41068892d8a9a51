package org.sifregistry.sif;

import java.time.Instant;

/**
 * One descriptor in use. {@code groupId} is 0 when the object is in no group; {@code link} is 0 when unlinked,
 * else an object id, or a group id when {@code linkIsGroup}. The times are null when unset or not representable.
 */
public record SifObject(
        int id,
        SifDataType type,
        int groupId,
        int link,
        boolean linkIsGroup,
        long offset,
        long size,
        Instant created,
        Instant modified,
        String name) {
}
