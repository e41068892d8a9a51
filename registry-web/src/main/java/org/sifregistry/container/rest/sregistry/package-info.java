/**
 * {@code sregistry push}, the original registry's own client: its two signed requests ({@code /api/upload/chunked_upload}
 * for a ticket, then {@code /upload} with the file as one multipart form, streamed to the image store) and its
 * error form, {@code {"detail": "..."}}, which the client prints.
 */
package org.sifregistry.container.rest.sregistry;
