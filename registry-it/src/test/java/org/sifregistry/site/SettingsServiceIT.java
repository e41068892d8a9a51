package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.audit.application.AuditTrail;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.audit.domain.AuditEntry;
import org.sifregistry.audit.domain.AuditQuery;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.site.domain.SiteInfo;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Eventually;

@ExtendWith(ArquillianExtension.class)
class SettingsServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("settings-service-it", SettingsServiceIT.class);
    }

    @EJB
    private SettingsService settings;

    @EJB
    private AuditTrail audit;

    @Test
    void adminsChangeTheSettingsAndEveryoneReadsThem() {
        SiteInfo before = settings.get();
        // Whole seconds: MariaDB keeps the events' times so
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SiteInfo changed = new SiteInfo("Tacosaurus Computer Center", "We keep images.", "help@example.org",
                "https://example.org/help", true, "taco");
        try {
            settings.update(changed, Caller.admin("root"));

            assertEquals(changed, settings.get());
            // Other tests changed settings before; the change is recorded after the commit, in a thread of its own
            AuditQuery changes = new AuditQuery(AuditAction.SETTINGS_CHANGED, "root", null, since, null);
            String expected = String.join(", ", changed.changesFrom(before));
            Eventually.await(Duration.ofSeconds(30),
                    () -> audit.list(changes, new PageRequest(0, 20), Caller.admin("root")),
                    entries -> entries.stream().map(AuditEntry::detail).anyMatch(expected::equals),
                    "the change of " + expected + " in the audit trail");
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
