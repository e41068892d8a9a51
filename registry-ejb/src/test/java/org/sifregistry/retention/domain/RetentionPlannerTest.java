package org.sifregistry.retention.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifregistry.collection.domain.RetentionPolicy;
import org.sifregistry.retention.domain.RetentionPlanner.TagState;
import org.sifregistry.retention.domain.RetentionPlanner.UntaggedImage;

class RetentionPlannerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void noRuleLetsNothingGo() {
        assertEquals(List.of(), RetentionPlanner.plan("c", RetentionPolicy.NONE,
                List.of(tag("a", "v1", 0, false, null)), List.of(untagged("a", 0))));
    }

    @Test
    void tagsPastTheLastNUnfrozenGoFromWhenTheNthNewerCame() {
        List<RetentionCandidate> plan = RetentionPlanner.plan("c", new RetentionPolicy(1, null, null), List.of(
                tag("a", "v1", 0, false, null), tag("a", "v2", 1, true, null), tag("a", "v3", 2, false, null),
                tag("a", "v4", 3, false, null), tag("b", "v1", 0, false, null)), List.of());

        assertEquals(List.of("c/a:v1", "c/a:v3"), plan.stream().map(RetentionCandidate::ref).toList());
        assertEquals(List.of(hours(2), hours(3)), plan.stream().map(RetentionCandidate::dueAt).toList(),
                "v1 left the last one when v3 came (v2 is frozen), v3 when v4 came");
    }

    @Test
    void anUnpulledTagGoesDaysAfterItsLastPullOrItsPushIfLater() {
        List<RetentionCandidate> plan = RetentionPlanner.plan("c", new RetentionPolicy(null, 10, null), List.of(
                tag("never", "v1", 0, false, null), tag("pulled", "v1", 0, false, hours(48)),
                tag("repushed", "v1", 72, false, hours(48)), tag("frozen", "v1", 0, true, null)), List.of());

        assertEquals(List.of(hours(240), hours(48 + 240), hours(72 + 240)),
                plan.stream().map(RetentionCandidate::dueAt).toList());
        assertEquals(List.of(RetentionRule.NOT_PULLED),
                plan.stream().map(RetentionCandidate::rule).distinct().toList());
    }

    @Test
    void theEarliestRuleDecides() {
        List<RetentionCandidate> plan = RetentionPlanner.plan("c", new RetentionPolicy(1, 1, null), List.of(
                tag("a", "v1", 0, false, null), tag("a", "v2", 48, false, null)), List.of());

        assertEquals(RetentionRule.NOT_PULLED, plan.get(0).rule(), "due a day after its push, before v2 came");
        assertEquals(hours(24), plan.get(0).dueAt());
    }

    @Test
    void tagsUpdatedInTheSameSecondAreOrderedByWhichCameLater() {
        Instant second = hours(1);
        List<RetentionCandidate> plan = RetentionPlanner.plan("c", new RetentionPolicy(1, null, null), List.of(
                new TagState(2, "a", "v1", "sha256.1", 10, false, second, null),
                new TagState(3, "a", "v2", "sha256.2", 10, false, second, null)), List.of());

        assertEquals(List.of("c/a:v1"), plan.stream().map(RetentionCandidate::ref).toList());
    }

    @Test
    void anUntaggedImageGoesDaysAfterItsUpload() {
        List<RetentionCandidate> plan = RetentionPlanner.plan("c", new RetentionPolicy(null, null, 2), List.of(),
                List.of(untagged("a", 5)));

        assertEquals("c/a@sha256.a", plan.get(0).ref());
        assertEquals(hours(5 + 48), plan.get(0).dueAt());
        assertEquals(RetentionRule.UNTAGGED, plan.get(0).rule());
    }

    private static Instant hours(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static TagState tag(String container, String tag, long pushedHour, boolean frozen, Instant lastPulled) {
        return new TagState(pushedHour, container, tag, "sha256." + container + tag, 10, frozen, hours(pushedHour),
                lastPulled);
    }

    private static UntaggedImage untagged(String container, long uploadedHour) {
        return new UntaggedImage(container, "sha256." + container, 10, hours(uploadedHour));
    }
}
