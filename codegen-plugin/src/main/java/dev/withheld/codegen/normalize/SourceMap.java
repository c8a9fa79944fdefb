package dev.withheld.codegen.normalize;

import dev.withheld.codegen.pointer.JsonPointers;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the members that {@link DraftNormalizer} moved came from, so that a JSON Pointer can cross
 * between the document as written (for line numbers and for {@code $ref}s written against it) and
 * its normalised form (what the generator reads): {@code /definitions/a/items/0} as written is
 * {@code /$defs/a/prefixItems/0} once normalised, and back.
 */
public final class SourceMap {

    private final Map<String, String> toNormalized = new HashMap<>();
    private final Map<String, String> toSource = new HashMap<>();

    /** Records that the value at {@code source} (as written) now lies at {@code normalized}. */
    void moved(String source, String normalized) {
        if (!source.equals(normalized)) {
            toNormalized.put(source, normalized);
            toSource.put(normalized, source);
        }
    }

    /** The pointer, in the normalised document, of the value at {@code source} in the document as written. */
    public String toNormalized(String source) {
        return translate(source, toNormalized);
    }

    /** The pointer, in the document as written, of the value at {@code normalized} in the normalised document. */
    public String toSource(String normalized) {
        return translate(normalized, toSource);
    }

    /**
     * Replaces the longest recorded prefix. Entries hold whole pointers of both sides, so one
     * replacement also covers every move recorded above it.
     */
    private static String translate(String pointer, Map<String, String> moves) {
        if (pointer == null || moves.isEmpty() || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            return pointer;
        }
        String prefix = pointer;
        while (true) {
            String target = moves.get(prefix);
            if (target != null) {
                return target + pointer.substring(prefix.length());
            }
            int slash = prefix.lastIndexOf('/');
            if (slash < 0) {
                return pointer;
            }
            prefix = prefix.substring(0, slash);
        }
    }

    @Override
    public String toString() {
        return "SourceMap" + toNormalized;
    }

    static String child(String pointer, String member) {
        return JsonPointers.child(pointer, member);
    }
}
