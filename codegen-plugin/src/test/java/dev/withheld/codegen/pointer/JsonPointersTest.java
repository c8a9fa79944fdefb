package dev.withheld.codegen.pointer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonPointersTest {

    @Test
    void escapesTildeAndSlash() {
        assertThat(JsonPointers.escape("a~b")).isEqualTo("a~0b");
        assertThat(JsonPointers.escape("a/b")).isEqualTo("a~1b");
        assertThat(JsonPointers.escape("room_id")).isEqualTo("room_id");
        assertThat(JsonPointers.escape("")).isEmpty();
    }

    @Test
    void escapesTildeFirstSoThatAnEscapeInTheNameSurvives() {
        assertThat(JsonPointers.escape("~1")).isEqualTo("~01");
        assertThat(JsonPointers.escape("~/")).isEqualTo("~0~1");
        assertThat(JsonPointers.escape("/~")).isEqualTo("~1~0");
    }

    @Test
    void unescapesSlashFirstSoThatAnEscapedEscapeSurvives() {
        assertThat(JsonPointers.unescape("~01")).isEqualTo("~1");
        assertThat(JsonPointers.unescape("a~1b")).isEqualTo("a/b");
        assertThat(JsonPointers.unescape("m~0x")).isEqualTo("m~x");
    }

    @Test
    void escapeAndUnescapeRoundTrip() {
        for (String name : new String[] {"", "~", "/", "~0", "~1", "a/~b", "~~//", "m.no_olm"}) {
            assertThat(JsonPointers.unescape(JsonPointers.escape(name))).as(name).isEqualTo(name);
        }
    }

    @Test
    void childrenAreEscapedMembersOrIndexes() {
        assertThat(JsonPointers.child("", "a/b")).isEqualTo("/a~1b");
        assertThat(JsonPointers.child("/properties", "~1")).isEqualTo("/properties/~01");
        assertThat(JsonPointers.child("/allOf", 2)).isEqualTo("/allOf/2");
    }

    @Test
    void tokensAreUnescaped() {
        assertThat(JsonPointers.tokens("")).isEmpty();
        assertThat(JsonPointers.tokens("/")).containsExactly("");
        assertThat(JsonPointers.tokens("/a~1b/m~0x/~01")).containsExactly("a/b", "m~x", "~1");
        assertThatThrownBy(() -> JsonPointers.tokens("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prefixesAreComparedByWholeTokens() {
        assertThat(JsonPointers.isProperPrefix("/a~1b", "/a~1b/c")).isTrue();
        assertThat(JsonPointers.isProperPrefix("/a", "/a~1b")).isFalse();
        assertThat(JsonPointers.isProperPrefix("/code", "/codec")).isFalse();
        assertThat(JsonPointers.isProperPrefix("", "/a")).isTrue();
        assertThat(JsonPointers.isProperPrefix("/a", "/a")).isFalse();
        assertThat(JsonPointers.isPrefixOrSame("/a", "/a")).isTrue();
        assertThat(JsonPointers.isPrefixOrSame("/a/b", "/a")).isFalse();
    }
}
