package org.sifregistry.container.rest.sregistry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;
import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.container.application.SregistryPushService;
import org.sifregistry.container.application.SregistryUpload;
import org.sifregistry.container.rest.sregistry.SregistryModels.UploadComplete;
import org.sifregistry.container.rest.sregistry.SregistryModels.UploadRequest;
import org.sifregistry.container.rest.sregistry.SregistryModels.UploadTicket;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageStore;
import org.sifregistry.storage.StagedImage;
import org.sifregistry.user.domain.SregistryAuthorization;

/**
 * {@code sregistry push} (ha-ops.md §3): {@code POST /api/upload/chunked_upload} asks for an upload and
 * {@code POST /upload} sends it ({@code WEB-INF/undertow-handlers.conf} brings {@code /upload} and the client's
 * {@code /upload/chunked_upload} without {@code /api} here). The form is read as it arrives: its small fields first,
 * which are checked before a byte of the file is taken, then the file, streamed to the image store.
 */
@Path("upload")
@SregistryApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sregistry")
@SecurityRequirement(name = "sregistryHmac")
public class SregistryResource {

    /** The form fields are names, a number and the Authorization header again; nothing near this long. */
    private static final int MAX_FIELD_BYTES = 8192;
    private static final String EVENT = "SREGISTRY_EVENT";
    private static final String FILE = "file1";

    @Inject
    private SregistryPushService pushes;

    @Inject
    private ImageStore store;

    @Inject
    private RegistryConfig config;

    @Inject
    private RegistryMetrics metrics;

    @POST
    @Path("chunked_upload")
    @Consumes(MediaType.APPLICATION_JSON)
    public UploadTicket begin(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, UploadRequest request) {
        SregistryAuthorization signed = SregistryAuthorization.parse(authorization);
        if (request == null) {
            throw new InvalidInputException("body", ErrorKey.SREGISTRY_BODY);
        }
        return new UploadTicket(pushes.begin(signed, request.collection(), request.name(), request.tag()));
    }

    /** Any type, so that a body that is not a multipart form is told so (400) rather than 415 for JSON. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = true, description = "A multipart form: the fields collection (the ticket), name, tag"
            + " and, without the header, SREGISTRY_EVENT (the signature), before the file in file1",
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT)))
    public UploadComplete upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @Context HttpServletRequest request) {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw new InvalidInputException("form", ErrorKey.SREGISTRY_NOT_MULTIPART,
                    UserText.abbreviated(String.valueOf(request.getContentType())));
        }
        Map<String, String> fields = new HashMap<>();
        try {
            FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (item.isFormField()) {
                    fields.putIfAbsent(item.getFieldName(), field(item));
                } else if (FILE.equals(item.getFieldName())) {
                    SregistryUpload upload = claim(authorization, fields);
                    receive(upload, item.getInputStream());
                    return UploadComplete.DONE;
                }
            }
        } catch (IOException e) {
            // The parser's own words say what is wrong with the form
            throw new InvalidInputException("form", ErrorKey.SREGISTRY_FORM,
                    UserText.abbreviated(String.valueOf(e.getMessage())));
        }
        throw new InvalidInputException(FILE, ErrorKey.SREGISTRY_FIELD_MISSING, FILE);
    }

    /** Takes the upload's ticket with the fields that came before the file, signed as the header (or the form) says. */
    private SregistryUpload claim(String authorization, Map<String, String> fields) {
        SregistryAuthorization signed = SregistryAuthorization.parse(authorization != null
                ? authorization : fields.get(EVENT));
        String cid = required(fields, "collection");
        long ticket;
        try {
            ticket = Long.parseLong(cid);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("collection", ErrorKey.SREGISTRY_CID, UserText.abbreviated(cid));
        }
        return pushes.claim(signed, ticket, required(fields, "name"), required(fields, "tag"));
    }

    /**
     * Streams the file to the store's staging (hashed as it comes, never in memory, within the size limit), outside
     * any transaction since a big upload outlasts one, then has it published; anything refused is thrown away.
     */
    private void receive(SregistryUpload upload, InputStream file) {
        metrics.uploading(Protocol.SREGISTRY, () -> {
            StagedImage staged;
            try {
                staged = store.stage(Channels.newChannel(file), config.maxImageSize());
            } catch (IOException e) {
                throw new InvalidInputException("file1", ErrorKey.UPLOAD_BROKE_OFF, e.getMessage());
            }
            metrics.received(Protocol.SREGISTRY, staged.size());
            try {
                pushes.publish(upload, staged);
            } catch (RuntimeException refused) {
                store.discard(staged);
                throw refused;
            }
            metrics.pushed(Protocol.SREGISTRY);
            return null;
        });
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new InvalidInputException(name, ErrorKey.SREGISTRY_FIELD_MISSING, name);
        }
        return value;
    }

    private static String field(FileItemInput item) throws IOException {
        try (InputStream in = item.getInputStream()) {
            byte[] value = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (value.length > MAX_FIELD_BYTES) {
                throw new InvalidInputException(item.getFieldName(), ErrorKey.SREGISTRY_FIELD_TOO_LONG,
                        UserText.abbreviated(item.getFieldName()), MAX_FIELD_BYTES);
            }
            return new String(value, StandardCharsets.UTF_8);
        }
    }
}
