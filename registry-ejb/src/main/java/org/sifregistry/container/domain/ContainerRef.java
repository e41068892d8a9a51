package org.sifregistry.container.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;
import org.sifregistry.storage.ImageDigest;

/**
 * A reference to a container image, {@code collection/name:tag} with an optional {@code @sha256.<hex>} version that
 * pins one image. The one place references are parsed and printed, so every layer reads and writes the same form.
 */
public record ContainerRef(CollectionName collection, ContainerName name, Tag tag, ImageDigest version)
        implements Serializable {

    public static final int MAX_LENGTH = 512;
    // Names and tags never need these; refusing them up front stops path traversal and double-decoding tricks.
    private static final List<String> FORBIDDEN = List.of("..", "%", "\\");

    /** {@code tag} null means {@link Tag#LATEST}; {@code version} null means whatever image the tag points to. */
    public ContainerRef {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(name, "name");
        if (tag == null) {
            tag = Tag.LATEST;
        }
    }

    /**
     * Reads {@code collection/name}, {@code collection/name:tag}, {@code collection/name@sha256.<hex>} or
     * {@code collection/name:tag@sha256.<hex>}; letters are made lowercase and the tag defaults to {@code latest}.
     */
    public static ContainerRef parse(String ref) {
        if (ref == null || ref.isBlank()) {
            throw invalid(ErrorKey.REF_REQUIRED);
        }
        String text = UserText.trimmed(ref);
        if (text.length() > MAX_LENGTH) {
            throw invalid(ErrorKey.REF_TOO_LONG, UserText.quoted(text), text.length(), MAX_LENGTH);
        }
        if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || UserText.isInvisible(c))) {
            throw invalid(ErrorKey.REF_INVISIBLE, UserText.quoted(text));
        }
        for (String forbidden : FORBIDDEN) {
            if (text.contains(forbidden)) {
                throw invalid(ErrorKey.REF_FORBIDDEN, UserText.quoted(text), forbidden);
            }
        }
        requireAtMostOne(text, '/');
        requireAtMostOne(text, ':');
        requireAtMostOne(text, '@');
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw invalid(ErrorKey.REF_NO_SLASH, UserText.quoted(text), ErrorKey.WORD_REF_FORM);
        }
        int at = text.indexOf('@');
        if (at >= 0 && text.indexOf(':') > at) {
            throw invalid(ErrorKey.REF_COLON_AFTER_AT, UserText.quoted(text), ErrorKey.WORD_REF_FORM);
        }
        String collection = text.substring(0, slash);
        String rest = text.substring(slash + 1);
        String version = after(rest, '@');
        String nameAndTag = before(rest, '@');
        String tag = after(nameAndTag, ':');
        String name = before(nameAndTag, ':');
        if (collection.isEmpty()) {
            throw invalid(ErrorKey.REF_NO_COLLECTION, UserText.quoted(text), ErrorKey.WORD_REF_FORM);
        }
        if (name.isEmpty()) {
            throw invalid(ErrorKey.REF_NO_NAME, UserText.quoted(text), ErrorKey.WORD_REF_FORM);
        }
        if (tag != null && tag.isEmpty()) {
            throw invalid(ErrorKey.REF_NO_TAG, UserText.quoted(text), ErrorKey.WORD_REF_FORM);
        }
        if (version != null && version.isEmpty()) {
            throw invalid(ErrorKey.REF_NO_VERSION, UserText.quoted(text), ErrorKey.WORD_REF_FORM);
        }
        // ImageDigest also reads bare hex and sha256:<hex>; a reference takes only the one form it prints.
        if (version != null && !version.toLowerCase(Locale.ROOT).startsWith(ImageDigest.VERSION_PREFIX)) {
            throw new InvalidInputException("version", ErrorKey.VERSION_FORM, UserText.quoted(version));
        }
        return new ContainerRef(new CollectionName(collection), new ContainerName(name),
                tag == null ? null : new Tag(tag), version == null ? null : ImageDigest.parse(version));
    }

    /** A reference without a version; {@code tag} null means {@link Tag#LATEST}. */
    public static ContainerRef of(String collection, String name, String tag) {
        return new ContainerRef(new CollectionName(collection), new ContainerName(name),
                tag == null ? null : new Tag(tag), null);
    }

    public ContainerRef withTag(Tag tag) {
        return new ContainerRef(collection, name, tag, version);
    }

    public ContainerRef withoutVersion() {
        return new ContainerRef(collection, name, tag, null);
    }

    /** The canonical form, {@code collection/name:tag}, with {@code @sha256.<hex>} when a version is pinned. */
    @Override
    public String toString() {
        String ref = collection + "/" + name + ":" + tag;
        return version == null ? ref : ref + "@" + version.version();
    }

    private static void requireAtMostOne(String text, char separator) {
        if (text.indexOf(separator) != text.lastIndexOf(separator)) {
            throw invalid(ErrorKey.REF_SEPARATORS, UserText.quoted(text), separator, ErrorKey.WORD_REF_FORM);
        }
    }

    /** The part of {@code text} before {@code separator}, or all of it. */
    private static String before(String text, char separator) {
        int i = text.indexOf(separator);
        return i < 0 ? text : text.substring(0, i);
    }

    /** The part of {@code text} after {@code separator}, or null when there is none. */
    private static String after(String text, char separator) {
        int i = text.indexOf(separator);
        return i < 0 ? null : text.substring(i + 1);
    }

    private static InvalidInputException invalid(ErrorKey key, Object... arguments) {
        return new InvalidInputException("ref", key, arguments);
    }
}
