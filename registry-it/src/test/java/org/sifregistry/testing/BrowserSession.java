package org.sifregistry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does for the page tests, over plain HTTP: keeps cookies, signs in through the container's FORM
 * login (j_security_check), follows redirects, and submits Faces forms (the form's marker, its fields, the pressed
 * button, the view state, and the page's CSP nonce as PrimeFaces' script adds it) and plain forms, such as an OpenID
 * provider's sign-in form. Works from the test JVM and from inside the server alike.
 */
public final class BrowserSession {

    private static final Pattern ROLES = Pattern.compile("id=\"roles\">([^<]*)<");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The nonce of the page's scripts, which PrimeFaces' script also adds to every form it posts. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern TABLE_ROW = Pattern.compile("data-ri=\"(\\d+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new LoopbackIsSecure(cookies))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * Sends Secure cookies to loopback addresses over plain http, as browsers do (they count as secure contexts):
     * Keycloak marks its session cookies Secure even when it answers over http, and Java's CookieManager sends such
     * cookies over https only.
     */
    private static final class LoopbackIsSecure extends CookieHandler {

        private final CookieManager cookies;

        LoopbackIsSecure(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean loopback = "http".equals(uri.getScheme())
                    && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
            return cookies.get(loopback ? secure(uri) : uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(uri, responseHeaders);
        }

        private static URI secure(URI uri) {
            try {
                return new URI("https", null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(uri.toString(), e);
            }
        }
    }

    /** A page as the browser ended up with it, after redirects. */
    public record Page(URI uri, int status, String body) {

        public boolean contains(String text) {
            return body.contains(text);
        }

        /** The roles the account page says the signed-in user has, as it lists them ("user, admin"). */
        public String rolesShown() {
            Matcher matcher = ROLES.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError(uri + " (" + status + ") shows no roles: " + body);
            }
            return matcher.group(1).strip();
        }

        /** The index (PrimeFaces' {@code data-ri}) of the table row that shows {@code text}. */
        public int rowShowing(String text) {
            int at = body.indexOf(text);
            if (at < 0) {
                throw new AssertionError(uri + " does not show " + text + ": " + body);
            }
            Matcher rows = TABLE_ROW.matcher(body.substring(0, at));
            int row = -1;
            while (rows.find()) {
                row = Integer.parseInt(rows.group(1));
            }
            return row;
        }

        /** The value of the form's view state, which every postback of this page sends back. */
        public String viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError(uri + " (" + status + ") has no Faces form: " + body);
            }
            return matcher.group(1);
        }

        Optional<String> nonce() {
            Matcher matcher = NONCE.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        /** Where the form with this id posts to. */
        String action(String formId) {
            Matcher matcher = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"")
                    .matcher(body);
            if (!matcher.find()) {
                throw new AssertionError(uri + " has no form '" + formId + "': " + body);
            }
            return matcher.group(1).replace("&amp;", "&");
        }
    }

    /** A new session of {@code user}, signed in as a browser does: a protected page, then the sign-in form. */
    public static BrowserSession signedIn(TestUser user) {
        return signedIn(user.username(), user.password());
    }

    /** A new session signed in with these credentials, such as a directory account's. */
    public static BrowserSession signedIn(String username, String password) {
        BrowserSession browser = new BrowserSession();
        Page signedIn = browser.signIn(username, password);
        if (signedIn.status() != 200 || signedIn.contains("j_security_check")) {
            throw new AssertionError(username + " could not sign in: " + signedIn.status() + " " + signedIn.body());
        }
        return browser;
    }

    /** Opens a protected page and fills in the sign-in form it asks for; the page the browser ends up on. */
    public Page signIn(String username, String password) {
        Page form = get("account/index.xhtml");
        if (!form.contains("j_security_check")) {
            throw new AssertionError("The account page did not ask to sign in: " + form.body());
        }
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("j_username", username);
        credentials.put("j_password", password);
        return post(Api.uri("j_security_check"), credentials);
    }

    /** A session that has not signed in. */
    public static BrowserSession anonymous() {
        return new BrowserSession();
    }

    /** A path relative to the registry's root, such as {@code "admin/users.xhtml?q=alice"}. */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(Api.uri(path)).GET());
    }

    /**
     * Submits the form {@code formId} of {@code page} by pressing {@code button} (a client id such as
     * {@code "settings:save"}), with {@code fields} by client id; fields left out are sent empty or unchecked.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        return submit(page, formId, fields, button, page.viewState());
    }

    /** Like {@link #submit(Page, String, Map, String)} with the given view state, or none if it is null. */
    public Page submit(Page page, String formId, Map<String, String> fields, String button, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, button);
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        page.nonce().ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        return post(page.uri().resolve(page.action(formId)), form);
    }

    /** Posts a plain HTML form, such as the OpenID provider's sign-in form, to {@code uri}. */
    public Page post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request, with this session's cookies, as another site's page could make the browser send it. */
    public Page send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofMinutes(1)).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Page(response.uri(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops the cookie {@code name}, as when it expires: {@code JSESSIONID} ends the registry's session. */
    public BrowserSession forgetCookie(String name) {
        List.copyOf(cookies.getCookieStore().getCookies()).stream().filter(cookie -> cookie.getName().equals(name))
                .forEach(cookie -> cookies.getCookieStore().remove(null, cookie));
        return this;
    }

    /** The value of the cookie {@code name} this session would send now, if it holds one. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
