package org.sifregistry.retention.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sifregistry.collection.domain.RetentionPolicy;

/**
 * When each tag and untagged image of one collection goes under its rules: the earliest time any rule lets it go.
 * A tag outside the last N unfrozen tags of its container goes from when the N-th newer one came; one not pulled for
 * N days from N days after its last pull, or its push if that is later; an untagged image N days after it was
 * uploaded. Frozen tags never go, and neither does an image a frozen or surviving tag still has.
 */
public final class RetentionPlanner {

    /**
     * A tag as the planner needs it: when it was pushed or moved, and last pulled (null: never); {@code id} orders
     * tags updated within the same second, which is all MariaDB's datetime keeps.
     */
    public record TagState(long id, String container, String tag, String version, long size, boolean frozen,
                           Instant updated, Instant lastPulled) {
    }

    /** An uploaded image no tag has. */
    public record UntaggedImage(String container, String version, long size, Instant uploaded) {
    }

    private static final Comparator<TagState> NEWEST_FIRST = Comparator.comparing(TagState::updated)
            .thenComparingLong(TagState::id).reversed();

    private RetentionPlanner() {
    }

    /** Every tag and image the policy lets go some day, with when, in the order of their refs. */
    public static List<RetentionCandidate> plan(String collection, RetentionPolicy policy, List<TagState> tags,
                                                List<UntaggedImage> untagged) {
        List<RetentionCandidate> candidates = new ArrayList<>();
        Map<String, List<TagState>> byContainer = new LinkedHashMap<>();
        tags.forEach(t -> byContainer.computeIfAbsent(t.container(), c -> new ArrayList<>()).add(t));
        byContainer.values().forEach(ofOne -> {
            // Frozen tags always stay, on top of the last N (freezing one also marks it updated)
            List<TagState> newestFirst = ofOne.stream().filter(t -> !t.frozen()).sorted(NEWEST_FIRST).toList();
            for (int rank = 0; rank < newestFirst.size(); rank++) {
                TagState tag = newestFirst.get(rank);
                Candidate earliest = null;
                if (policy.keepLastTags() != null && rank >= policy.keepLastTags()) {
                    earliest = new Candidate(RetentionRule.KEEP_LAST_TAGS,
                            newestFirst.get(rank - policy.keepLastTags()).updated());
                }
                if (policy.unpulledDays() != null) {
                    Instant lastUse = tag.lastPulled() == null || tag.lastPulled().isBefore(tag.updated())
                            ? tag.updated() : tag.lastPulled();
                    earliest = Candidate.earlier(earliest, new Candidate(RetentionRule.NOT_PULLED,
                            lastUse.plus(Duration.ofDays(policy.unpulledDays()))));
                }
                if (earliest != null) {
                    candidates.add(new RetentionCandidate(collection, tag.container(), tag.tag(), tag.version(),
                            tag.size(), earliest.rule(), earliest.at()));
                }
            }
        });
        if (policy.untaggedDays() != null) {
            untagged.forEach(image -> candidates.add(new RetentionCandidate(collection, image.container(), null,
                    image.version(), image.size(), RetentionRule.UNTAGGED,
                    image.uploaded().plus(Duration.ofDays(policy.untaggedDays())))));
        }
        candidates.sort(Comparator.comparing(RetentionCandidate::ref));
        return candidates;
    }

    private record Candidate(RetentionRule rule, Instant at) {

        static Candidate earlier(Candidate one, Candidate other) {
            return one == null || other.at().isBefore(one.at()) ? other : one;
        }
    }
}
