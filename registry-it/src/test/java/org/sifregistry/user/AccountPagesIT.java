package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.site.domain.SiteInfo;
import org.sifregistry.star.application.StarService;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.BrowserSession;
import org.sifregistry.testing.BrowserSession.Page;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;
import org.sifregistry.user.application.UserService;

/**
 * The account, teams and admin pages of the real EAR over HTTP, as the test server's users sign in to them (FORM
 * login). Data is made and settings are restored through the services of a second, in-container deployment.
 */
@ExtendWith(ArquillianExtension.class)
@BlackBox
class AccountPagesIT {

    private static final Caller ROOT = Caller.admin(TestUser.ROOT.username());

    @Deployment
    static WebArchive seeder() {
        return Deployments.services("account-pages-it", AccountPagesIT.class, BrowserSession.class,
                BrowserSession.Page.class, TestUser.class, Api.class, Reply.class, Names.class);
    }

    @Inject
    private Fixtures fixtures;

    @EJB
    private CollectionService collections;

    @EJB
    private StarService stars;

    @EJB
    private SettingsService settings;

    @EJB
    private UserService users;

    @Test
    void theAccountPageListsMyCollectionsAndMyStars() {
        Caller alice = Caller.user(TestUser.ALICE.username());
        CollectionName mine = fixtures.collection(alice, true);
        CollectionName starred = fixtures.collection(Fixtures.user(), false);
        stars.star(starred, alice);

        Page page = BrowserSession.signedIn(TestUser.ALICE).get("account/index.xhtml");

        assertEquals(200, page.status());
        assertTrue(page.contains("collections/collection.xhtml?name=" + mine), "my private collection is linked");
        String starredTable = between(page.body(), "id=\"account:starred\"", "</table>");
        assertTrue(starredTable.contains("collections/collection.xhtml?name=" + starred), "my star is listed");
        assertTrue(starredTable.contains("account:starred:0:unstar"), "with a button to unstar it");
        assertTrue(page.contains("account/tokens.xhtml") && page.contains("account/teams.xhtml"));
    }

    @Test
    void theTeamsPageCreatesATeamAndAddsMembersWhoSeeIt() {
        BrowserSession.signedIn(TestUser.BOB);
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);
        String team = Fixtures.unique("team");

        Page created = alice.submit(alice.get("account/teams.xhtml"), "createTeam",
                Map.of("createTeam:teamName", team), "createTeam:create");

        assertEquals(200, created.status());
        assertTrue(created.uri().toString().endsWith("teams.xhtml?team=" + team), created.uri().toString());
        assertTrue(created.contains("Team " + team + " created."));
        assertTrue(created.contains("Members of " + team));
        assertTrue(created.contains("member-username\">alice<"), "its creator is its first member");

        Page unknown = alice.submit(created, "addMember", Map.of("addMember:username", "nobody-here"),
                "addMember:add");
        assertTrue(unknown.contains("nobody-here")
                && unknown.contains("here yet; people appear once they have signed in"), "a clear refusal");

        Page added = alice.submit(created, "addMember", Map.of("addMember:username", "bob"), "addMember:add");
        assertTrue(added.contains("bob is now a member of " + team + "."));
        assertTrue(added.contains("member-username\">bob<"));

        Page bobs = BrowserSession.signedIn(TestUser.BOB).get("account/teams.xhtml?team=" + team);
        assertTrue(bobs.contains("team-name\">" + team + "<") || bobs.contains(">" + team + "</a>"),
                "bob lists the team");
        assertTrue(bobs.contains("member-username\">alice<"), "and sees its members");
        assertFalse(bobs.contains("addMember:username"), "but only owners add members");

        // members by username: alice (no button on her own row, she may leave instead), then bob
        Page removed = alice.submit(added, "members", Map.of(), "members:table:1:removeMember");
        assertTrue(removed.contains("bob is no longer a member of " + team + "."), removed.body());
        assertFalse(removed.contains("member-username\">bob<"));
    }

    @Test
    void settingsChangedByAnAdminShowOnTheHomeAndAboutPages() {
        SiteInfo before = settings.get();
        String name = Names.unique("Tacosaurus Computer Center");
        try {
            BrowserSession root = BrowserSession.signedIn(TestUser.ROOT);
            Page saved = root.submit(root.get("admin/settings.xhtml"), "settings", Map.of(
                    "settings:name", name,
                    "settings:aboutText", "We keep <b>images</b> for science.",
                    "settings:contactEmail", "help@example.org",
                    "settings:helpLink", "https://example.org/help"), "settings:save");

            assertEquals(200, saved.status());
            assertTrue(saved.contains("The settings are saved."), saved.body());
            Page home = BrowserSession.anonymous().get("");
            assertTrue(home.contains("<h1>" + name + "</h1>"), "the new name is on the home page");
            Page about = BrowserSession.anonymous().get("about.xhtml");
            assertTrue(about.contains("We keep &lt;b&gt;images&lt;/b&gt; for science."), "the text, escaped");
            assertTrue(about.contains("mailto:help@example.org"));
            assertTrue(about.contains("href=\"https://example.org/help\""));
        } finally {
            settings.update(before, ROOT);
        }
    }

    @Test
    void badSettingsAreRefusedWithTheFieldMarked() {
        SiteInfo before = settings.get();
        BrowserSession root = BrowserSession.signedIn(TestUser.ROOT);

        Page refused = root.submit(root.get("admin/settings.xhtml"), "settings", Map.of(
                "settings:name", "Not saved", "settings:contactEmail", "not-an-email"), "settings:save");

        assertTrue(refused.contains("not-an-email") && refused.contains("is not an email address"), refused.body());
        assertTrue(Pattern.compile("id=\"settings:contactEmail\"[^>]*aria-invalid=\"true\"").matcher(refused.body())
                .find(), "the field is marked");
        assertEquals(before, settings.get(), "nothing was saved");
    }

    @Test
    void theUsersPageListsUsersAndGrantsRoles() {
        BrowserSession.signedIn(TestUser.CAROL);
        BrowserSession root = BrowserSession.signedIn(TestUser.ROOT);
        try {
            Page carol = root.get("admin/users.xhtml?q=carol");
            assertEquals(200, carol.status());
            assertTrue(carol.contains("user-username\">carol<"), "carol is listed");

            Page granted = root.submit(carol, "users", Map.of("users:search", "carol"), "users:table:0:grantManager");

            assertTrue(granted.contains("Granted manager to carol."), granted.body());
            assertTrue(granted.contains("users:table:0:revokeManager"), "the row now offers to revoke");
            assertEquals(Set.of(Role.MANAGER), users.grantedRoles("carol"));
        } finally {
            users.revoke("carol", Role.MANAGER, ROOT);
        }
    }

    @Test
    void aGrantedAdminRoleOpensTheAdminPages() {
        BrowserSession carol = BrowserSession.signedIn(TestUser.CAROL);
        assertEquals(403, carol.get("admin/settings.xhtml").status());
        try {
            users.grant("carol", Role.ADMIN, ROOT);

            Page page = carol.get("admin/users.xhtml");

            assertEquals(200, page.status());
            assertTrue(page.contains("id=\"adminJobs\""), "with the admin navigation");
            assertTrue(carol.get("account/index.xhtml").contains("id=\"roles\">user, admin<"),
                    "carol's roles include admin");
        } finally {
            users.revoke("carol", Role.ADMIN, ROOT);
        }
        assertEquals(403, carol.get("admin/users.xhtml").status(), "revoked at once");
    }

    @Test
    @RunAsClient
    void usersWhoAreNotAdminsGetTheForbiddenPage() {
        BrowserSession alice = BrowserSession.signedIn(TestUser.ALICE);

        for (String path : new String[] {"admin/users.xhtml", "admin/settings.xhtml", "admin/jobs.xhtml",
                "admin/audit.xhtml", "admin/retention.xhtml", "admin/teams.xhtml"}) {
            Page page = alice.get(path);
            assertEquals(403, page.status(), path);
            assertTrue(page.contains("Not allowed") && page.contains("site-header"), "the 403 page in the layout");
        }
        assertTrue(BrowserSession.anonymous().get("admin/users.xhtml").contains("j_security_check"),
                "anonymous visitors are asked to sign in");
    }

    private static String between(String text, String start, String end) {
        Matcher matcher = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
                .matcher(text);
        assertTrue(matcher.find(), "the page has " + start);
        return matcher.group(1);
    }
}
