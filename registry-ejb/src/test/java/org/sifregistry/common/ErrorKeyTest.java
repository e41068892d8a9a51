package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorKeyTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(ErrorKey.BUNDLE, Locale.ROOT);

    @Test
    void everyKeyHasAnEnglishTextAndEveryTextAKey() {
        Set<String> keys = Arrays.stream(ErrorKey.values()).map(ErrorKey::key).collect(Collectors.toSet());
        Set<String> withoutText = new TreeSet<>(keys);
        withoutText.removeAll(ENGLISH.keySet());
        Set<String> withoutKey = new TreeSet<>(ENGLISH.keySet());
        withoutKey.removeAll(keys);
        assertEquals(Set.of(), withoutText, "keys without a text in errors.properties");
        assertEquals(Set.of(), withoutKey, "texts in errors.properties that no ErrorKey names");
        assertEquals(ErrorKey.values().length, keys.size(), "each key once");
    }

    @ParameterizedTest
    @EnumSource(ErrorKey.class)
    void everyTextIsAPatternWhoseQuotesAreWritten(ErrorKey key) {
        String text = key.english();
        new MessageFormat(text, Locale.ROOT);
        // MessageFormat reads a lone ' as the start of a quote and silently drops it with the {0} it hides
        String unquoted = text.replace("''", "").replace("'{'", "").replace("'}'", "");
        assertFalse(unquoted.contains("'"), key + ": write ' as '' in " + text);
    }

    @Test
    void numbersReadAsTheRegistryAlwaysWroteThem() {
        assertEquals("There is no token 1234567", new NotFoundException(ErrorKey.TOKEN_NOT_FOUND, 1234567L).getMessage());
    }

    @Test
    void quotesBracesAndWordsComeOutAsWritten() {
        assertEquals("There is no collection named 'rocks'",
                new NotFoundException(ErrorKey.COLLECTION_NOT_FOUND, "rocks").getMessage());
        assertEquals("Send the tag as JSON: {\"Tag\":..., \"ImageID\":...}",
                new InvalidInputException("body", ErrorKey.LIBRARY_TAG_BODY).getMessage());
        assertEquals("Team name is required",
                new InvalidInputException("team", ErrorKey.NAME_REQUIRED, ErrorKey.WORD_TEAM_NAME).getMessage());
    }

    @Test
    void aPageMayTellTheKeyAndItsWordsInItsOwnWords() {
        RegistryException refusal = new InvalidInputException("team", ErrorKey.NAME_REQUIRED, ErrorKey.WORD_TEAM_NAME);
        String told = refusal.message(key -> key == ErrorKey.NAME_REQUIRED ? "Give the {0}." : "team''s name");
        assertEquals("Give the team's name.", told);
        assertTrue(refusal.getMessage().startsWith("Team name"), "the English text is unchanged");
    }
}
