package dev.withheld.codegen.pointer;

import java.util.Arrays;
import java.util.List;

/**
 * JSON Pointer (RFC 6901) helpers, the one place the plugin spells reference tokens: escaping and
 * unescaping member names, building child pointers and comparing pointers token by token.
 *
 * <p>It depends on nothing else in the plugin, so every goal (generate, check, docs, compat) can use it.
 */
public final class JsonPointers {
    private JsonPointers() {
    }

    /**
     * Escapes a member name as a reference token: {@code ~} becomes {@code ~0}, then {@code /} becomes
     * {@code ~1}. The order matters: a literal {@code ~1} must become {@code ~01}, not {@code ~1}.
     */
    public static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    /** The member name a reference token stands for: {@code ~1} becomes {@code /}, then {@code ~0} becomes {@code ~}. */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer to a member of the object at {@code pointer}. */
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
                .map(JsonPointers::unescape)
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
