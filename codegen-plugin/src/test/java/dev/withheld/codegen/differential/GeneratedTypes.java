package dev.withheld.codegen.differential;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the generated sources of one schema set declare: the Java types (top-level and nested), found
 * by reading the sources, so that names are judged even when the sources do not compile.
 */
final class GeneratedTypes {

    /** A declaration line: modifiers, then class/enum/interface/record and the name. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|abstract|sealed)\\s+)*(?:class|enum|interface|record)\\s+([^\\s<{(]+)",
            Pattern.MULTILINE);

    /** The numbered names jsonschema2pojo gives to a second type of the same name ({@code Content__17}). */
    private static final Pattern NUMBERED = Pattern.compile("__\\d+$");

    /** A generated type: its package and its simple name (nested types: the innermost name). */
    record Type(String packageName, String simpleName, String topLevel) {
        String qualifiedTopLevel() {
            return packageName.isEmpty() ? topLevel : packageName + "." + topLevel;
        }
    }

    private final List<Type> types;

    private GeneratedTypes(List<Type> types) {
        this.types = types;
    }

    static GeneratedTypes scan(Path sourceRoot) {
        List<Type> types = new ArrayList<>();
        for (Path file : BatchCompiler.javaFiles(sourceRoot)) {
            String text = Documents.text(file);
            String packageName = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE).matcher(text).results()
                    .map(m -> m.group(1)).findFirst().orElse("");
            String topLevel = file.getFileName().toString().replaceFirst("\\.java$", "");
            Matcher m = DECLARATION.matcher(text);
            while (m.find()) {
                types.add(new Type(packageName, m.group(1), topLevel));
            }
        }
        return new GeneratedTypes(types);
    }

    List<Type> all() {
        return types;
    }

    /** Names users should never see: numbered ({@code __N}) or holding a {@code $}. */
    List<Type> numberedNames() {
        return types.stream().filter(t -> NUMBERED.matcher(t.simpleName()).find() || t.simpleName().contains("$")).toList();
    }

    /**
     * The top-level class generated for the root schema file: both generators name it after the file
     * (letters and digits compared without case, so {@code m.room.message.yaml} finds
     * {@code MRoomMessage}); when several packages have one, the one whose package ends with the
     * file's folder wins. A file whose name is taken (a {@code java.lang} type such as {@code package.json})
     * gives a class qualified with its suffix ({@code PackageJson}).
     */
    Optional<String> rootClass(Path sources, Path rootFile) {
        String base = letters(rootFile.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        String qualified = letters(rootFile.getFileName().toString());
        Path relative = sources.relativize(rootFile.getParent());
        String folder = letters(relative.toString());
        List<Type> named = topLevel(base);
        return (named.isEmpty() ? topLevel(qualified) : named).stream()
                .sorted((a, b) -> Boolean.compare(letters(b.packageName()).endsWith(folder), letters(a.packageName()).endsWith(folder)))
                .map(Type::qualifiedTopLevel)
                .findFirst();
    }

    private List<Type> topLevel(String letters) {
        return types.stream().filter(t -> t.simpleName().equals(t.topLevel()) && letters(t.topLevel()).equals(letters)).toList();
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
