package org.sifregistry.user.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.application.TeamService;
import org.sifregistry.user.application.TeamSummary;
import org.sifregistry.user.application.TokenSpec;
import org.sifregistry.user.domain.ApiToken;
import org.sifregistry.user.domain.TokenScope;

/**
 * The account page's API tokens: make one, the caller's own or one of a team they belong to, limited to some
 * collections or not (its secret shown in the answer, once); list and revoke their own, their teams', and for admins
 * everyone's.
 */
@Named
@RequestScoped
public class TokensBacking {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, PageRequest.MAX_LIMIT);

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private TeamService teams;

    private String name;
    private TokenScope scope = TokenScope.PULL;
    private Integer validDays = 90;
    private String collections;
    private String team;
    private String newSecret;

    /*
     * Read once a request: a page asks a getter several times as it renders. Making or revoking a token forgets
     * them, so the page shows the change.
     */
    private List<ApiToken> ownTokens;
    private List<ApiToken> teamTokens;
    private List<ApiToken> allTokens;
    private List<String> myTeams;

    public List<ApiToken> getTokens() {
        if (ownTokens == null) {
            ownTokens = tokens.page(FIRST_PAGE, caller).items();
        }
        return ownTokens;
    }

    public List<ApiToken> getTeamTokens() {
        if (teamTokens == null) {
            teamTokens = tokens.ofMyTeams(FIRST_PAGE, caller);
        }
        return teamTokens;
    }

    /** Every token, for an admin; nothing for anyone else, whom the page does not show the list. */
    public List<ApiToken> getAllTokens() {
        if (allTokens == null) {
            allTokens = caller.isAdmin() ? tokens.pageOfAll(FIRST_PAGE, caller).items() : List.of();
        }
        return allTokens;
    }

    /** The teams the caller may make tokens for: those they belong to. */
    public List<String> getMyTeams() {
        if (myTeams == null) {
            myTeams = teams.listMine(FIRST_PAGE, caller).stream().map(TeamSummary::name).toList();
        }
        return myTeams;
    }

    /** The collections a limited token reaches, by name. */
    public String collectionsOf(ApiToken token) {
        return String.join(", ", new TreeSet<>(token.collections()));
    }

    public void create() {
        Instant expiresAt = validDays == null ? null : clock.instant().plus(Duration.ofDays(validDays));
        List<String> named = collections == null ? List.of() : List.of(collections.split("[,\\s]+"));
        messages.attempt(() -> tokens.create(new TokenSpec(name, scope, expiresAt, named, team), caller))
                .ifPresent(created -> {
                    newSecret = created.secret();
                    name = null;
                });
        forgetTokens();
    }

    public void revoke(long id) {
        messages.attempt(() -> tokens.revoke(id, caller));
        forgetTokens();
    }

    private void forgetTokens() {
        ownTokens = null;
        teamTokens = null;
        allTokens = null;
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public String getCollections() {
        return collections;
    }

    public void setCollections(String collections) {
        this.collections = collections;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getNewSecret() {
        return newSecret;
    }
}
