package io.crmkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrmExceptionTest {
    @Test
    void rendersControlCharactersEscaped() {
        assertThat(CrmException.render("a\nb\rc\td\u0000e\u001b")).isEqualTo("a\\nb\\rc\\td\\u0000e\\u001b");
        assertThat(CrmException.render(null)).isEqualTo("null");
        assertThat(CrmException.render(42)).isEqualTo("42");
    }

    @Test
    void cutsLongValuesAndSaysHowLongTheyWere() {
        String r = CrmException.render("x".repeat(1 << 20));
        assertThat(r).isEqualTo("x".repeat(120) + "…(1048576 chars)");
    }

    @Test
    void neverCutsACharacterInHalf() {
        String smile = "\uD83D\uDE00";
        String value = "a" + smile.repeat(100);
        String r = CrmException.render(value);
        assertThat(r).startsWith("a" + smile.repeat(59)).endsWith("…(201 chars)");
        assertThat(r.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE).count()).isZero();
        assertThat(r).doesNotContain("a" + smile.repeat(60));
        assertThat(r.chars().filter(ch -> Character.isSurrogate((char) ch)).count() % 2).isZero();
        assertThat(CrmException.render(smile.repeat(3))).isEqualTo(smile.repeat(3));
    }

    @Test
    void replacesHalfCharacters() {
        assertThat(CrmException.render("a\uD83Db")).isEqualTo("a\uFFFDb");
        assertThat(CrmException.render("\uDE00x")).isEqualTo("\uFFFDx");
    }

    @Test
    void aMessageNamesFieldAndValue() {
        InvalidInputException e = new InvalidInputException("client.name", "Ro\nmashka", "must not contain control characters");
        assertThat(e.getMessage()).isEqualTo("client.name: must not contain control characters (value: Ro\\nmashka)");
        assertThat(e.code()).isEqualTo("INVALID_INPUT");
        assertThat(e.field()).isEqualTo("client.name");
        assertThat(e.value()).isEqualTo("Ro\\nmashka");
        assertThat(new NotFoundException("client", "c404").code()).isEqualTo("NOT_FOUND");
        assertThat(new ConflictException("interest.version", 3, "stale").code()).isEqualTo("CONFLICT");
        assertThat(new InvalidStateException("status", "WON", "closed").code()).isEqualTo("INVALID_STATE");
        assertThat(new AccessDeniedException("scope", "company", "no").code()).isEqualTo("ACCESS_DENIED");
        assertThat(new StorageException("save", "down", null).code()).isEqualTo("STORAGE");
    }
}
