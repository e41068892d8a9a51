package org.sifregistry.user.web;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The body of the container's 401, web.xml's error page for it: HTTP basic credentials it refused. Only scripts and
 * clients send those (browsers sign in with the form), so they get the APIs' error envelope rather than an HTML page.
 */
@WebServlet("/errors/sign-in-refused")
public class SignInRefusedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                .add("code", HttpServletResponse.SC_UNAUTHORIZED)
                .add("message", "The username or password is not right; scripts can also use an API token "
                        + "(Authorization: Bearer)")).build().toString());
    }
}
