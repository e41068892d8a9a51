package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.site.domain.SiteInfo;
import org.sifregistry.testing.Deployments;

@ExtendWith(ArquillianExtension.class)
class SettingsServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("settings-service-it", SettingsServiceIT.class);
    }

    @EJB
    private SettingsService settings;

    @Test
    void adminsChangeTheSettingsAndEveryoneReadsThem() {
        SiteInfo before = settings.get();
        SiteInfo changed = new SiteInfo("Tacosaurus Computer Center", "We keep images.", "help@example.org",
                "https://example.org/help", true, "taco");
        try {
            settings.update(changed, Caller.admin("root"));

            assertEquals(changed, settings.get());
        } finally {
            settings.update(before, Caller.admin("root"));
        }
    }

    @Test
    void othersMayNotChangeThem() {
        SiteInfo info = new SiteInfo("Mine now", null, null, null, false, "reg");

        assertThrows(AccessDeniedException.class, () -> settings.update(info, Caller.user("mallory")));
        assertThrows(AccessDeniedException.class, () -> settings.update(info, Caller.anonymous()));
        assertFalse(settings.get().name().equals("Mine now"));
    }

    @Test
    void badValuesAreRefusedWithTheFieldAtFault() {
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> new SiteInfo(" ", null, null, null, false, "reg")).field());
        assertEquals("contactEmail", assertThrows(InvalidInputException.class,
                () -> new SiteInfo("R", null, "not-an-email", null, false, "reg")).field());
        assertEquals("helpLink", assertThrows(InvalidInputException.class,
                () -> new SiteInfo("R", null, null, "javascript:alert(1)", false, "reg")).field());
        assertEquals("registryId", assertThrows(InvalidInputException.class,
                () -> new SiteInfo("R", null, null, null, false, "Far-too-long-an-id")).field());
    }
}
