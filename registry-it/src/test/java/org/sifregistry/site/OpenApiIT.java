package org.sifregistry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.oas.models.SpecVersion;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.BlackBox;
import org.sifregistry.testing.DatabaseNeutral;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Reply;

/**
 * The description of the HTTP APIs that WildFly serves at {@code /openapi} (openapi.cli): a valid OpenAPI 3.1
 * document that lists every JAX-RS resource method of the EAR's web module, found by their annotations in the very
 * EAR deployed, under the paths they answer at; with the error answers and the ways to authenticate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseNeutral
@BlackBox
class OpenApiIT {

    private static final String APPLICATION_PATH = "/api";
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> HTTP_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS");
    private static final DotName JSONB_PROPERTY = DotName.createSimple("jakarta.json.bind.annotation.JsonbProperty");
    private static final DotName SCHEMA =
            DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final DotName PATH_PARAM = DotName.createSimple("jakarta.ws.rs.PathParam");
    /** A JAX-RS path template, {@code {name}} or with a regular expression, {@code {name: .+}}. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*(:[^}]*)?}");

    /** WebApplicationExceptionMapper's answer to a path no resource has. */
    private static final String UNKNOWN_ADDRESS = "There is nothing at this address";

    private static Index webClasses;

    private final Api api = new Api();

    @BeforeAll
    static void indexTheWebModule() {
        WebArchive war = Deployments.registryEar().getAsType(WebArchive.class, "registry-web.war");
        Indexer indexer = new Indexer();
        for (Map.Entry<ArchivePath, Node> entry : war.getContent().entrySet()) {
            String name = entry.getKey().get();
            if (name.startsWith("/WEB-INF/classes/") && name.endsWith(".class")) {
                try (InputStream in = entry.getValue().getAsset().openStream()) {
                    indexer.index(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(name, e);
                }
            }
        }
        webClasses = indexer.complete();
    }

    /**
     * Valid but for one thing WildFly adds: its document of the host (CompositeOpenAPIModelProvider in WildFly 39)
     * always has an {@code info.license}, empty when no deployment names one, where OpenAPI requires a name. The
     * registry has no license to name; the empty object is checked to be empty and left out of the validation.
     */
    @Test
    void theDocumentIsValidOpenApi31() {
        JsonObject served = openApi();
        JsonObject info = served.getJsonObject("info");
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, info.getOrDefault("license", JsonValue.EMPTY_JSON_OBJECT));
        String document = Json.createObjectBuilder(served)
                .add("info", Json.createObjectBuilder(info).remove("license"))
                .build().toString();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);

        assertNotNull(parsed.getOpenAPI(), () -> "not an OpenAPI document: " + parsed.getMessages());
        assertEquals(List.of(), parsed.getMessages(), "the validator's findings");
        assertEquals(SpecVersion.V31, parsed.getOpenAPI().getSpecVersion());
        assertEquals("SIF Registry API", parsed.getOpenAPI().getInfo().getTitle());
    }

    @Test
    void everyResourceMethodIsDescribedAtThePathItAnswers() {
        JsonObject paths = openApi().getJsonObject("paths");
        Set<String> described = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> HTTP_METHODS.contains(key.toUpperCase(Locale.ROOT)))
                .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        Set<String> resourceMethods = resourceMethods();

        assertTrue(resourceMethods.size() > 50, "found the resources: " + resourceMethods);
        assertEquals(resourceMethods, described);
    }

    /**
     * The paths are where the server answers, not only what the annotations say: a GET of each one without
     * parameters reaches a resource (whatever it answers, it is not the API's answer to an unknown address).
     */
    @Test
    void theDescribedPathsAreTheServersAddresses() {
        JsonObject paths = openApi().getJsonObject("paths");
        List<String> plainGets = paths.keySet().stream()
                .filter(path -> !path.contains("{") && paths.getJsonObject(path).containsKey("get"))
                .toList();

        assertTrue(plainGets.containsAll(List.of("/api/library/version", "/api/collections", "/api/oci/v2")),
                plainGets.toString());
        for (String path : plainGets) {
            Reply reply = api.get(path.substring(1));
            assertNotEquals(405, reply.status(), path + " does not answer GET");
            assertFalse(reply.status() == 404 && reply.text().contains(UNKNOWN_ADDRESS),
                    path + " is not an address of the server");
        }
    }

    /**
     * Each record the resources take or answer is described field by field, under its JSON names, and with the
     * records it holds (a list of records the scanner does not know would be a list of anything).
     */
    @Test
    void theRecordsAreDescribedFieldByField() {
        JsonObject schemas = openApi().getJsonObject("components").getJsonObject("schemas");
        List<ClassInfo> described = webClasses.getKnownClasses().stream()
                .filter(type -> type.isRecord() && type.name().toString().contains(".rest."))
                .filter(type -> schemas.containsKey(schemaName(type)))
                .toList();

        assertTrue(described.size() > 30, "found the records: " + described);
        for (ClassInfo record : described) {
            Set<String> jsonNames = record.recordComponents().stream().map(component -> {
                AnnotationInstance renamed = record.field(component.name()).declaredAnnotation(JSONB_PROPERTY);
                return renamed == null ? component.name() : renamed.value().asString();
            }).collect(Collectors.toSet());
            JsonObject schema = schemas.getJsonObject(schemaName(record));
            assertEquals(jsonNames, schema.getJsonObject("properties").keySet(), record.name().toString());
            schema.getJsonObject("properties").forEach((property, definition) -> assertNotEquals(
                    JsonValue.EMPTY_JSON_OBJECT, definition.asJsonObject().get("items"),
                    record.name() + "." + property + " is a list of anything"));
        }
    }

    @Test
    void everyOperationHasTheErrorAnswerOfItsApi() {
        JsonObject document = openApi();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals(recordComponents("org.sifregistry.common.rest.ApiError"),
                schemas.getJsonObject("ApiError").getJsonObject("properties").keySet());
        assertEquals(recordComponents("org.sifregistry.common.rest.ApiError$Detail"),
                schemas.getJsonObject("ApiError").getJsonObject("properties").getJsonObject("error")
                        .getJsonObject("properties").keySet());
        assertEquals(recordComponents("org.sifregistry.container.rest.oci.OciErrors$Entry"),
                schemas.getJsonObject("OciErrors").getJsonObject("properties").getJsonObject("errors")
                        .getJsonObject("items").getJsonObject("properties").keySet());
        assertEquals(enumConstants("org.sifregistry.container.rest.oci.OciError"),
                schemas.getJsonObject("OciErrors").getJsonObject("properties").getJsonObject("errors")
                        .getJsonObject("items").getJsonObject("properties").getJsonObject("code")
                        .getJsonArray("enum").getValuesAs(JsonValue::toString).stream()
                        .map(quoted -> quoted.replace("\"", "")).collect(Collectors.toSet()));
        assertEquals(recordComponents("org.sifregistry.container.rest.sregistry.SregistryModels$Refusal"),
                schemas.getJsonObject("SregistryRefusal").getJsonObject("properties").keySet());

        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
                String expected = path.startsWith("/api/oci/") ? "OciError"
                        : path.startsWith("/api/upload") ? "SregistryError" : "Error";
                assertEquals("#/components/responses/" + expected, operation.asJsonObject()
                        .getJsonObject("responses").getJsonObject("default").getString("$ref"), method + " " + path);
            }
        }));
    }

    @Test
    void theWaysToAuthenticateAreDescribedAndUsed() {
        JsonObject document = openApi();
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals(Set.of("apiToken", "basic", "sregistryHmac", "ociToken"), schemes.keySet());
        assertEquals("bearer", schemes.getJsonObject("apiToken").getString("scheme"));
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertEquals("Authorization", schemes.getJsonObject("sregistryHmac").getString("name"));
        assertEquals("bearer", schemes.getJsonObject("ociToken").getString("scheme"));

        JsonObject paths = document.getJsonObject("paths");
        assertEquals(Set.of("sregistryHmac"), schemeNames(paths, "/api/upload", "post"));
        assertEquals(Set.of("ociToken", "apiToken", "basic"),
                schemeNames(paths, "/api/oci/v2/{name}/blobs/uploads/{upload}", "patch"));
        assertEquals(Set.of("apiToken", "basic"), schemeNames(paths, "/api/library/v1/images", "post"));
        assertEquals(Set.of("apiToken", "basic"), schemeNames(paths, "/api/tokens", "post"));
        assertTrue(anonymousAllowed(paths, "/api/library/v1/images/{ref}", "get"),
                "public images are pulled anonymously");
        assertFalse(anonymousAllowed(paths, "/api/library/v1/images/{ref}", "delete"), "deleting needs credentials");
        assertTrue(anonymousAllowed(paths, "/api/download/{containerId}/{version}", "get"), "signed URLs need none");
    }

    private JsonObject openApi() {
        return api.get("openapi?format=JSON").expect(200).json();
    }

    /**
     * {@code GET /api/library/version} and so on: every method of every class with {@code @Path}, by annotation. A
     * template is written {@code {name}}, and left out where no parameter of the method reads it ({@code {slash: /?}}
     * only lets the path end in a slash).
     */
    private static Set<String> resourceMethods() {
        Set<String> methods = new TreeSet<>();
        for (String httpMethod : HTTP_METHODS) {
            for (AnnotationInstance annotation : webClasses.getAnnotations(DotName.createSimple("jakarta.ws.rs."
                    + httpMethod))) {
                MethodInfo method = annotation.target().asMethod();
                AnnotationInstance classPath = method.declaringClass().declaredAnnotation(PATH);
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                String path = APPLICATION_PATH + "/" + classPath.value().asString()
                        + (methodPath == null ? "" : "/" + methodPath.value().asString());
                Set<String> read = method.annotations(PATH_PARAM).stream().map(param -> param.value().asString())
                        .collect(Collectors.toSet());
                String described = TEMPLATE.matcher(path).replaceAll(template -> read.contains(template.group(1))
                        ? "{" + template.group(1) + "}" : "");
                methods.add(httpMethod + " " + described.replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
            }
        }
        return methods;
    }

    /** The name the scanner gives a record: its own, or the one its {@code @Schema} sets. */
    private static String schemaName(ClassInfo record) {
        AnnotationInstance schema = record.declaredAnnotation(SCHEMA);
        return schema == null || schema.value("name") == null ? record.simpleName() : schema.value("name").asString();
    }

    private static Set<String> recordComponents(String className) {
        ClassInfo type = webClasses.getClassByName(DotName.createSimple(className));
        assertNotNull(type, className);
        return type.recordComponents().stream().map(RecordComponentInfo::name).collect(Collectors.toSet());
    }

    private static Set<String> enumConstants(String className) {
        ClassInfo type = webClasses.getClassByName(DotName.createSimple(className));
        assertNotNull(type, className);
        return type.enumConstants().stream().map(constant -> constant.name()).collect(Collectors.toSet());
    }

    /** The schemes an operation names, whichever requirement names them. */
    private static Set<String> schemeNames(JsonObject paths, String path, String method) {
        return security(paths, path, method).stream().flatMap(requirement -> requirement.asJsonObject().keySet()
                .stream()).collect(Collectors.toSet());
    }

    /** Whether the operation also takes no credentials: an empty requirement among the alternatives. */
    private static boolean anonymousAllowed(JsonObject paths, String path, String method) {
        return security(paths, path, method).stream().anyMatch(requirement -> requirement.asJsonObject().isEmpty());
    }

    private static List<JsonValue> security(JsonObject paths, String path, String method) {
        JsonObject item = paths.getJsonObject(path);
        assertNotNull(item, path + " is not described");
        JsonObject operation = item.getJsonObject(method);
        assertNotNull(operation, method + " " + path + " is not described");
        assertTrue(operation.containsKey("security"), method + " " + path + " names no security");
        return operation.getJsonArray("security");
    }
}
