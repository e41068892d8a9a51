package org.sifregistry.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import jakarta.ejb.ApplicationException;

/**
 * The base of every error the registry reports to a user: a {@link ErrorKey} and the arguments of its text, so that
 * an API answers the English text and a page its own words for the same key.
 * Thrown from a service, it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class RegistryException extends RuntimeException {

    private final ErrorKey key;
    private final Object[] arguments;

    /**
     * {@code arguments} fill the text's {0}, {1}... An argument that is an {@link ErrorKey} is a word told in the
     * same bundle as the text; any other is kept as the text it prints as, so that a number reads as the registry
     * has always written it (1234567, not a locale's 1,234,567).
     */
    protected RegistryException(ErrorKey key, Object... arguments) {
        this.key = Objects.requireNonNull(key);
        this.arguments = Arrays.stream(arguments)
                .map(argument -> argument instanceof ErrorKey ? argument : String.valueOf(argument))
                .toArray();
    }

    public ErrorKey key() {
        return key;
    }

    /** The English text: what the APIs answer and the logs show. */
    @Override
    public String getMessage() {
        return message(ErrorKey::english);
    }

    /** The text in the words of {@code texts}, which gives a key's {@link MessageFormat} pattern: a page's bundle. */
    public String message(Function<ErrorKey, String> texts) {
        Object[] filled = Arrays.stream(arguments)
                .map(argument -> argument instanceof ErrorKey word ? format(texts.apply(word)) : argument)
                .toArray();
        return format(texts.apply(key), filled);
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
