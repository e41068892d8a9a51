package org.sifregistry.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.InvalidInputException;

class RetentionPolicyTest {

    private static final RetentionPolicy SITE_DEFAULT = new RetentionPolicy(null, 365, 30);

    @Test
    void aCollectionWithoutRulesFollowsTheDefaultAndOneWithAnyRuleKeepsItsOwn() {
        RetentionPolicy own = new RetentionPolicy(3, null, null);

        assertSame(SITE_DEFAULT, RetentionPolicy.NONE.orElse(SITE_DEFAULT));
        assertSame(own, own.orElse(SITE_DEFAULT));
    }

    @Test
    void theRulesAreDescribedInWordsForTheAuditTrail() {
        assertEquals("unpulled 365 days, untagged 30 days", SITE_DEFAULT.describe());
        assertEquals("keep last 2 tags", new RetentionPolicy(2, null, null).describe());
        assertEquals("no rules", RetentionPolicy.NONE.describe());
    }

    @Test
    void aRuleOutOfRangeIsRefusedNamingIt() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new RetentionPolicy(null, RetentionPolicy.MAX_DAYS + 1, null));

        assertEquals("unpulledDays", refused.field());
    }
}
