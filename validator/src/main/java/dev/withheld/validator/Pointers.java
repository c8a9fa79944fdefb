package dev.withheld.validator;

import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/** JSON Pointer (RFC 6901) spelling of instance locations, independent of the schema library's path style. */
final class Pointers {

    private Pointers() {
    }

    /** The JSON Pointer of a location reported by the schema library. */
    static String of(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    /** The pointer of member {@code name} of the object at {@code parent}. */
    static String child(String parent, String name) {
        return parent + "/" + escape(name);
    }

    /** Whether {@code pointer} lies strictly inside the value at {@code ancestor}. */
    static boolean isBelow(String pointer, String ancestor) {
        return pointer.length() > ancestor.length() && pointer.startsWith(ancestor)
                && pointer.charAt(ancestor.length()) == '/';
    }

    /** The unescaped reference tokens of a pointer. */
    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
