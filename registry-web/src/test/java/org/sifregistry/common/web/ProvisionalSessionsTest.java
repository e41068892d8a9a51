package org.sifregistry.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;

import org.junit.jupiter.api.Test;

class ProvisionalSessionsTest {

    private static final int SESSION_TIMEOUT_MINUTES = 60;

    private final ProvisionalSessions sessions = new ProvisionalSessions();
    private boolean passedOn;
    /** The argument of each {@code getSession(create)} the filter made. */
    private final List<Boolean> sessionAsks = new ArrayList<>();

    ProvisionalSessionsTest() throws ServletException {
        sessions.init(fake(FilterConfig.class, Map.of(
                "getServletContext", fake(ServletContext.class, Map.of("getSessionTimeout", SESSION_TIMEOUT_MINUTES))),
                new HashMap<>()));
    }

    @Test
    void aNewSessionLivesTenMinutes() throws Exception {
        Session session = new Session(true);
        sessions.sessionCreated(new HttpSessionEvent(session.proxy));
        request(session);

        assertEquals(600, session.maxInactiveInterval());
        assertTrue(passedOn);
    }

    @Test
    void aSessionWhoseClientCameBackLivesTheConfiguredTimeout() throws Exception {
        Session session = new Session(false);
        sessions.sessionCreated(new HttpSessionEvent(session.proxy));
        request(session);

        assertEquals(SESSION_TIMEOUT_MINUTES * 60, session.maxInactiveInterval());
        assertTrue(passedOn);
    }

    @Test
    void aRequestWithoutSessionMakesNone() throws Exception {
        request(null);

        assertEquals(List.of(false), sessionAsks);
        assertTrue(passedOn);
    }

    private void request(Session session) throws Exception {
        HttpSession answer = session == null ? null : session.proxy;
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> {
                    if (!method.getName().equals("getSession")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    sessionAsks.add(args == null || (Boolean) args[0]);
                    return answer;
                });
        FilterChain chain = (req, res) -> passedOn = true;
        sessions.doFilter(request, fake(HttpServletResponse.class, Map.of(), new HashMap<>()), chain);
    }

    /** A session whose only state is its timeout, as the filter and the listener use it. */
    private static final class Session {
        private final Map<String, Object> state = new HashMap<>();
        private final HttpSession proxy;

        Session(boolean isNew) {
            state.put("isNew", isNew);
            state.put("getMaxInactiveInterval", SESSION_TIMEOUT_MINUTES * 60);
            proxy = fake(HttpSession.class, state, state);
        }

        int maxInactiveInterval() {
            return (Integer) state.get("getMaxInactiveInterval");
        }
    }

    /**
     * An implementation answering each getter from {@code answers} (what it lacks is null), and storing the argument
     * of each {@code setX} in {@code written} as the answer of {@code getX}.
     */
    private static <T> T fake(Class<T> type, Map<String, ?> answers, Map<String, Object> written) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length == 1) {
                written.put("get" + name.substring(3), args[0]);
                return null;
            }
            return answers.get(name);
        }));
    }

    private static <T> T fake(Class<T> type, Map<String, ?> answers) {
        return fake(type, answers, new HashMap<>());
    }
}
