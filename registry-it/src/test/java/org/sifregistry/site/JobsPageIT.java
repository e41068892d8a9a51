package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.Reply;
import org.sifregistry.testing.TestUser;

/** The admin page of job runs, over HTTP: every job listed for admins, nothing for anyone else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BlackBox
class JobsPageIT {

    private static final String PAGE = "admin/jobs.xhtml";

    private final Api api = new Api();

    @Test
    void adminsSeeEveryJob() {
        Reply page = api.send(Api.request(PAGE).header("Authorization", TestUser.ROOT.basicAuthorization()));

        page.expect(200);
        for (String job : List.of("parse-image", "update-downloads", "collect-garbage", "purge-expired-shares",
                "apply-retention", "migrate-storage")) {
            assertTrue(page.text().contains("id=\"job-" + job + "\""), job + " is listed");
        }
        assertTrue(page.text().contains("start-migrate-storage"), "migrate-storage can be started there");
    }

    @Test
    void usersAreRefused() {
        Reply page = api.send(Api.request(PAGE).header("Authorization", TestUser.ALICE.basicAuthorization()));

        assertEquals(403, page.status());
    }
}
