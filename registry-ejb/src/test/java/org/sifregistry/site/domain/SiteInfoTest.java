package org.sifregistry.site.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SiteInfoTest {

    private static final SiteInfo BEFORE = new SiteInfo("Registry", "About", null, null, false, "reg");

    @Test
    void changesFromNamesEverySettingThatDiffers() {
        SiteInfo after = new SiteInfo("Other", "About", "help@example.org", null, true, "reg");

        assertEquals(List.of("name", "contactEmail", "defaultPrivate"), after.changesFrom(BEFORE));
    }

    @Test
    void theSameSettingsSavedAgainChangeNothing() {
        SiteInfo again = new SiteInfo(" Registry ", "About", "", " ", false, "reg");

        assertEquals(List.of(), again.changesFrom(BEFORE));
    }
}
