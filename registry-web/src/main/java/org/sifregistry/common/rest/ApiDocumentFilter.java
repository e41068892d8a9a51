package org.sifregistry.common.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Finishes the document that WildFly generates from the resources for {@code /openapi}.
 * <ul>
 * <li>A path template that no parameter reads, such as {@code {slash: /?}} or {@code {rest: (/.*)?}}, only lets the
 * resource answer a few more spellings of its path; the path is described without it, since OpenAPI would take it
 * for a parameter nobody declares.</li>
 * <li>A HEAD answer has no body, whatever the resource's {@code @Produces} made the scanner say.</li>
 * <li>Every operation gets the error answer of its API as its default response: the OCI API's
 * {@code {"errors":[...]}} (OciResponseFilter), sregistry's {@code {"detail":...}} (SregistryResponseFilter), and
 * {@link ApiError} everywhere else. The exception mappers answer any error status in that form, so one default per
 * operation says it once; the statuses an operation answers on purpose stay its own.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        Map<String, PathItem> items = new LinkedHashMap<>();
        document.getPaths().getPathItems().forEach((path, item) -> {
            String described = withoutUnreadTemplates(path, item);
            PathItem existing = items.putIfAbsent(described, item);
            if (existing != null) {
                item.getOperations().forEach(existing::setOperation);
            }
        });
        items.forEach((path, item) -> {
            withoutHeadBodies(item);
            addDefaultError(item, errorResponse(path));
        });
        document.getPaths().setPathItems(items);
    }

    private static String withoutUnreadTemplates(String path, PathItem item) {
        Set<String> read = Stream.concat(Stream.ofNullable(item.getParameters()),
                        item.getOperations().values().stream().map(operation -> operation.getParameters()))
                .filter(Objects::nonNull)
                .flatMap(parameters -> parameters.stream())
                .filter(parameter -> parameter.getIn() == Parameter.In.PATH)
                .map(Parameter::getName)
                .collect(Collectors.toSet());
        Matcher template = TEMPLATE.matcher(path);
        return template.replaceAll(match -> read.contains(match.group(1)) ? Matcher.quoteReplacement(match.group())
                : "");
    }

    private static void withoutHeadBodies(PathItem item) {
        if (item.getHEAD() != null && item.getHEAD().getResponses() != null) {
            item.getHEAD().getResponses().getAPIResponses().values().forEach(answer -> answer.setContent(null));
        }
    }

    private static String errorResponse(String path) {
        if (path.startsWith("/api/oci/")) {
            return "OciError";
        }
        return path.startsWith("/api/upload") ? "SregistryError" : "Error";
    }

    private static void addDefaultError(PathItem item, String response) {
        item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            if (operation.getResponses().getDefaultValue() == null) {
                operation.getResponses().setDefaultValue(OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + response));
            }
        });
    }
}
