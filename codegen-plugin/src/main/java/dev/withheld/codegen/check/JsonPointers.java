package dev.withheld.codegen.check;

import java.util.Arrays;
import java.util.List;

/** JSON Pointer (RFC 6901) helpers: escaping member names and comparing pointers token by token. */
public final class JsonPointers {
    private JsonPointers() {
    }

    /** Escapes a member name as a reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to a member (or array index) of the value at {@code pointer}. */
    public static String child(String pointer, String member) {
        return pointer + "/" + escape(member);
    }

    /** The pointer to an array element of the value at {@code pointer}. */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The unescaped reference tokens of a pointer; {@code ""} has none. */
    public static List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
        }
        return Arrays.stream(pointer.substring(1).split("/", -1))
                .map(token -> token.replace("~1", "/").replace("~0", "~"))
                .toList();
    }

    /** Whether {@code ancestor} is a proper prefix of {@code descendant}, comparing whole reference tokens. */
    public static boolean isProperPrefix(String ancestor, String descendant) {
        List<String> ancestorTokens = tokens(ancestor);
        List<String> descendantTokens = tokens(descendant);
        return ancestorTokens.size() < descendantTokens.size()
                && descendantTokens.subList(0, ancestorTokens.size()).equals(ancestorTokens);
    }

    /** Whether {@code ancestor} equals {@code pointer} or is a proper prefix of it. */
    public static boolean isPrefixOrSame(String ancestor, String pointer) {
        return ancestor.equals(pointer) || isProperPrefix(ancestor, pointer);
    }
}
