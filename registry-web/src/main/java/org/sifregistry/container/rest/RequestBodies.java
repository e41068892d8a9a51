package org.sifregistry.container.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;

import io.undertow.servlet.handlers.ServletRequestContext;
import org.xnio.channels.BlockingReadableByteChannel;
import org.xnio.channels.StreamSourceChannel;

/**
 * The body of the current request as a channel that reads straight from the connection into the caller's buffers.
 * The servlet stream copies every 16 KiB twice on the way (into a pooled buffer, then into the caller's array);
 * uploads are read this way instead, so that an image goes from the socket to the file through one direct buffer.
 * The resources that take uploads declare no entity parameter, so that nothing opens the servlet stream first.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** Reads block until bytes arrive, like the servlet stream's; the connection's read timeout still applies. */
    public static ReadableByteChannel current() {
        ServletRequestContext context = ServletRequestContext.requireCurrent();
        StreamSourceChannel body = context.getExchange().getRequestChannel();
        if (body != null) {
            return new BlockingReadableByteChannel(body);
        }
        // Something has opened the servlet stream already, and with it the channel
        try {
            return Channels.newChannel(context.getServletRequest().getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
    }
}
