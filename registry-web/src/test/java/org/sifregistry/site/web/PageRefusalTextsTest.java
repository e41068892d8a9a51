package org.sifregistry.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.ErrorKey;

/** The page bundle's words for refusals: each for a key that exists, with the arguments its English text has. */
class PageRefusalTextsTest {

    private static final ResourceBundle PAGE = ResourceBundle.getBundle("messages", Locale.ROOT);
    private static final Map<String, ErrorKey> KEYS = Arrays.stream(ErrorKey.values())
            .collect(Collectors.toMap(ErrorKey::key, Function.identity()));

    @Test
    void everyRefusalTextOfThePagesRewordsAnErrorKey() {
        var refusalKeys = PAGE.keySet().stream().filter(key -> key.startsWith("refusal.")).toList();
        assertFalse(refusalKeys.isEmpty());
        for (String key : refusalKeys) {
            ErrorKey errorKey = KEYS.get(key);
            assertTrue(errorKey != null, key + " is no ErrorKey");
            String text = PAGE.getString(key);
            assertEquals(arguments(errorKey.english()), arguments(text), key + " takes the English text's arguments");
            String unquoted = text.replace("''", "").replace("'{'", "").replace("'}'", "");
            assertFalse(unquoted.contains("'"), key + ": write ' as '' in " + text);
        }
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
