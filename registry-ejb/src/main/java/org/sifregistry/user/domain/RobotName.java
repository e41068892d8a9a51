package org.sifregistry.user.domain;

/**
 * The account a team's API token acts as: {@code robot$<team>$<token name>}, a member of the team, so that the token
 * has the team's rights and keeps them when whoever made it leaves. No sign-in may take such a name ({@code $} marks
 * it, as Harbor marks its robot accounts), so no person can act as a robot, nor a robot as a person.
 */
public record RobotName(String value) {

    private static final String PREFIX = "robot$";

    public static RobotName of(TeamName team, TokenName token) {
        return new RobotName(PREFIX + team.value() + "$" + token.value());
    }

    public static boolean isRobot(String username) {
        return username != null && username.startsWith(PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
