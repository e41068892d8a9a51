package org.sifregistry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** How long a server log was at a moment of a test, so that the test can read what the server logged after it. */
public record LogMark(Path log, long length) {

    /** The log's length now; zero for a log the server has yet to write. */
    public static LogMark at(Path log) {
        try {
            return new LogMark(log, Files.exists(log) ? Files.size(log) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the log gained since the mark. */
    public String appended() {
        if (!Files.exists(log)) {
            return "";
        }
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            // Shorter than before: the log was rotated (at midnight), and all of it is new
            channel.position(channel.size() < length ? 0 : length);
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
