package org.sifregistry.container.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.storage.ImageDigest;

class ContainerRefTest {

    private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String VERSION = "sha256." + HEX;
    private static final String FORM = "a reference is collection/name[:tag][@version]";

    private static InvalidInputException refused(String ref, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContainerRef.parse(ref));
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "science/blast                    | science/blast:latest",
            "Science/BLAST                    | science/blast:latest",
            "\"  science/blast  \"            | science/blast:latest",
            "science/blast:V2.0               | science/blast:v2.0",
            "my-lab/blast-plus:2024_06        | my-lab/blast-plus:2024_06",
            "science/blast@" + VERSION + "    | science/blast:latest@" + VERSION,
            "science/blast@SHA256." + HEX + " | science/blast:latest@" + VERSION,
            "science/blast:v2@" + VERSION + " | science/blast:v2@" + VERSION,
            "science/blast:latest             | science/blast:latest"})
    void parsesEveryFormToTheCanonicalOne(String ref, String canonical) {
        ContainerRef parsed = ContainerRef.parse(ref);
        assertEquals(canonical, parsed.toString());
        assertEquals(parsed, ContainerRef.parse(parsed.toString()));
    }

    @Test
    void exposesTheParts() {
        ContainerRef ref = ContainerRef.parse("Science/Blast:V2@" + VERSION.toUpperCase());
        assertEquals(new CollectionName("science"), ref.collection());
        assertEquals(new ContainerName("blast"), ref.name());
        assertEquals(new Tag("v2"), ref.tag());
        assertEquals(new ImageDigest(HEX), ref.version());
    }

    @Test
    void tagDefaultsToLatestAndVersionToNone() {
        ContainerRef ref = ContainerRef.parse("science/blast");
        assertEquals(Tag.LATEST, ref.tag());
        assertNull(ref.version());
        assertEquals(Tag.LATEST,
                new ContainerRef(new CollectionName("science"), new ContainerName("blast"), null, null).tag());
    }

    @Test
    void ofBuildsAnUnpinnedReference() {
        assertEquals(ContainerRef.parse("science/blast"), ContainerRef.of("Science", "blast", null));
        assertEquals(ContainerRef.parse("science/blast:v1.0"), ContainerRef.of("science", "blast", "V1.0"));
    }

    @Test
    void withTagKeepsTheRestAndWithoutVersionDropsThePin() {
        ContainerRef pinned = ContainerRef.parse("science/blast:v1@" + VERSION);
        assertEquals("science/blast:v2@" + VERSION, pinned.withTag(new Tag("v2")).toString());
        assertEquals("science/blast:v1", pinned.withoutVersion().toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesMissing(String ref) {
        assertEquals("A container reference is required", refused(ref, "ref").getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "science/bl ast        | may not contain spaces or control characters",
            "science /blast        | may not contain spaces or control characters",
            "blast                 | has no '/'; " + FORM,
            "blast:v1              | has no '/'; " + FORM,
            "science/blast/extra   | has more than one '/'; " + FORM,
            "a/b/c:v1              | has more than one '/'; " + FORM,
            "/blast                | has no collection before '/'; " + FORM,
            "science/              | has no container name after '/'; " + FORM,
            "science/:v1           | has no container name after '/'; " + FORM,
            "science/@" + VERSION + " | has no container name after '/'; " + FORM,
            "science/blast:        | has no tag after ':'; " + FORM,
            "science/blast:@" + VERSION + " | has no tag after ':'; " + FORM,
            "science/blast@        | has no version after '@'; " + FORM,
            "science/blast:v1@     | has no version after '@'; " + FORM,
            "science/blast:v1:v2   | has more than one ':'; " + FORM,
            "science/blast@a@b     | has more than one '@'; " + FORM,
            "science/blast@" + VERSION + ":v1 | has ':' after '@'; " + FORM,
            "science/blast@sha256:" + HEX + " | has ':' after '@'; " + FORM,
            "../blast              | may not contain '..'",
            "science/..            | may not contain '..'",
            "science/blast:v1..2   | may not contain '..'",
            "science/bl%61st       | may not contain '%'",
            "science%2fblast       | may not contain '%'",
            "science\\blast        | may not contain '\\'"})
    void refusesMalformedReferences(String ref, String problem) {
        String message = refused(ref, "ref").getMessage();
        assertTrue(message.startsWith("Container reference '" + ref.trim() + "' " + problem), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my_coll/blast          | collection | Collection name 'my_coll' may contain only lowercase letters",
            "sci:ence/blast         | collection | Collection name 'sci:ence' may contain only lowercase letters",
            "-science/blast         | collection | Collection name '-science' must start and end",
            "science/bl_ast         | name       | Container name 'bl_ast' may contain only lowercase letters",
            "science/blast-         | name       | Container name 'blast-' must start and end",
            "science/blast:-v1      | tag        | Tag '-v1' must start with a letter or digit",
            "science/blast:v1+2     | tag        | Tag 'v1+2' may contain only lowercase letters",
            "science/blast@sha256.abc | version  | A version is sha256.<64 hex digits>, not 'sha256.abc'",
            "science/blast@" + HEX + " | version | A version is sha256.<64 hex digits>, not '" + HEX + "'"})
    void passesOnTheErrorsOfItsParts(String ref, String field, String message) {
        String actual = refused(ref, field).getMessage();
        assertTrue(actual.startsWith(message), actual);
    }

    @Test
    void totalLengthIsLimitedTo512() {
        // No valid reference is this long, so at 512 the parts object; past it the reference itself does.
        String atLimit = "a".repeat(255) + "/" + "b".repeat(256);
        assertEquals("collection", refused(atLimit, "collection").field());
        String message = refused(atLimit + "b", "ref").getMessage();
        assertTrue(message.endsWith("...' (513 characters) is 513 characters long; the limit is 512"), message);
    }

    static Stream<Arguments> invisible() {
        return Stream.of(
                Arguments.of("science/blast:v\t1", "science/blast:v[U+0009]1"),
                Arguments.of("science/blast\0.sif", "science/blast[U+0000].sif"),
                Arguments.of("science/blast\u202Efis", "science/blast[U+202E]fis"),
                Arguments.of("science/bla\u200Bst", "science/bla[U+200B]st"),
                Arguments.of("science/blast\r\nSet-Cookie", "science/blast[U+000D][U+000A]Set-Cookie"));
    }

    @ParameterizedTest
    @MethodSource("invisible")
    void refusesControlAndInvisibleCharactersNamingThem(String ref, String shown) {
        assertEquals("Container reference '" + shown + "' may not contain spaces or control characters",
                refused(ref, "ref").getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"science/blast\u0001", "\u0001science/blast", "science/blast:v1\u001F"})
    void doesNotTrimControlCharactersAway(String ref) {
        refused(ref, "ref");
    }
}
