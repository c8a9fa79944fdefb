package dev.withheld.codegen.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns schema text (file names, definition names, property names, titles) into Java identifiers.
 *
 * <p>The text is split into words at every character that is neither a letter nor a digit (so
 * {@code -}, {@code _}, {@code .}, spaces and {@code $} all separate words), and the words are joined
 * in camel case; the case inside a word is kept ({@code roomId} stays {@code roomId}), except that a
 * name written in capitals with separators reads as words ({@code ROOM_ID} gives {@code RoomId}). A
 * name that would start with a digit gets a leading {@code _}. The result is always a valid Java
 * identifier without {@code $}; it may still be a keyword or a {@code java.lang} type name, which the
 * callers resolve ({@link TypeNames}, {@link MemberNames}).
 */
public final class JavaNames {

    /**
     * The public types of {@code java.lang} from Java 17 to 25: a generated class with one of these
     * names shadows it for every class of its package. Fixed here rather than read from the running
     * JDK, so that a name does not depend on the JDK that runs the build.
     */
    static final Set<String> JAVA_LANG_TYPES = Set.of("AbstractMethodError", "Appendable", "ArithmeticException",
            "ArrayIndexOutOfBoundsException", "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean",
            "BootstrapMethodError", "Byte", "CharSequence", "Character", "Class", "ClassCastException",
            "ClassCircularityError", "ClassFormatError", "ClassLoader", "ClassNotFoundException", "ClassValue",
            "CloneNotSupportedException", "Cloneable", "Comparable", "Compiler", "Deprecated", "Double", "Enum",
            "EnumConstantNotPresentException", "Error", "Exception", "ExceptionInInitializerError", "Float",
            "FunctionalInterface", "IllegalAccessError", "IllegalAccessException", "IllegalArgumentException",
            "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException",
            "IllegalThreadStateException", "IncompatibleClassChangeError", "IndexOutOfBoundsException",
            "InheritableThreadLocal", "InstantiationError", "InstantiationException", "Integer", "InternalError",
            "InterruptedException", "Iterable", "LayerInstantiationException", "LinkageError", "Long", "Math",
            "Module", "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
            "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number",
            "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process",
            "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable",
            "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "SecurityException",
            "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker", "StrictMath",
            "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "SuppressWarnings",
            "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable", "TypeNotPresentException",
            "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError", "UnsupportedOperationException",
            "VerifyError", "VirtualMachineError", "Void",
            // added after Java 17
            "MatchException", "WrongThreadException", "ScopedValue", "StringTemplate", "IO");

    private JavaNames() {
    }

    /**
     * An UpperCamelCase type name for {@code text}, or the empty string when it has no letter or
     * digit. Accents are dropped ({@code café} gives {@code Cafe}), because a class name is also a
     * file name, which some file systems store decomposed.
     */
    public static String typeName(String text) {
        return startable(typePart(text));
    }

    /**
     * As {@link #typeName}, for a part that follows another name: no {@code _} before a leading digit
     * ({@code 2nd-level} after {@code Event} gives {@code Event2ndLevel}).
     */
    static String typePart(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return identifier(words(ascii), true);
    }

    /** A lowerCamelCase member name for {@code text}, or the empty string when it has no letter or digit. */
    public static String memberName(String text) {
        return startable(identifier(words(text), false));
    }

    /** Whether {@code name} is a Java keyword or literal ({@code class}, {@code true}, {@code _}, ...). */
    public static boolean isKeyword(String name) {
        return SourceVersion.isKeyword(name, SourceVersion.RELEASE_17) || name.equals("_");
    }

    /** Whether a type named {@code name} would hide a type of {@code java.lang}. */
    public static boolean isJavaLangType(String name) {
        return JAVA_LANG_TYPES.contains(name);
    }

    /** The words of {@code text}: its runs of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static String identifier(List<String> words, boolean upperFirst) {
        boolean shouting = words.size() > 1 && words.stream().noneMatch(w -> w.codePoints().anyMatch(Character::isLowerCase));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = shouting ? words.get(i).toLowerCase(Locale.ROOT) : words.get(i);
            if (i == 0 && !upperFirst) {
                out.append(isCapitals(word) ? word.toLowerCase(Locale.ROOT) : lowerFirst(word));
            } else {
                out.append(upperFirst(word));
            }
        }
        return out.toString();
    }

    private static String startable(String name) {
        return !name.isEmpty() && !Character.isJavaIdentifierStart(name.codePointAt(0)) ? "_" + name : name;
    }

    /** {@code URL}, {@code ID}: a word that is all capitals, read as one lower-case word at the start of a member name. */
    private static boolean isCapitals(String word) {
        return word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().noneMatch(Character::isLowerCase);
    }

    private static String upperFirst(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(word.substring(Character.charCount(first))).toString();
    }

    private static String lowerFirst(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first)).append(word.substring(Character.charCount(first))).toString();
    }
}
