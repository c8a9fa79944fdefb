package dev.withheld.codegen.rules;

import com.sun.codemodel.JClass;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JPackage;

/**
 * The two small classes every generated model shares, written once into the target package:
 * {@code SchemaViolation} (one broken rule: where, which keyword, why) and
 * {@code SchemaViolationException} (what a builder throws for an object that breaks a rule).
 *
 * <p>Generating them, rather than shipping a runtime library, keeps the generated model's only
 * run-time dependency at jackson-annotations.
 */
final class SupportClasses {

    static final String VIOLATION = "SchemaViolation";
    static final String EXCEPTION = "SchemaViolationException";
    static final String JSON_VALUES = "JsonValues";

    private final JCodeModel codeModel;
    private final String packageName;

    SupportClasses(JCodeModel codeModel, String packageName) {
        this.codeModel = codeModel;
        this.packageName = packageName;
    }

    /** The violation class, generated on first use. */
    JClass violation() {
        ensure();
        return codeModel._getClass(qualified(VIOLATION));
    }

    /** The exception class, generated on first use. */
    JClass exception() {
        ensure();
        return codeModel._getClass(qualified(EXCEPTION));
    }

    String violationName() {
        ensure();
        return qualified(VIOLATION);
    }

    String exceptionName() {
        ensure();
        return qualified(EXCEPTION);
    }

    String jsonValuesName() {
        ensure();
        return qualified(JSON_VALUES);
    }

    private String qualified(String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    private void ensure() {
        if (codeModel._getClass(qualified(VIOLATION)) != null) {
            return;
        }
        JPackage pkg = codeModel._package(packageName);
        try {
            JDefinedClass violation = pkg._class(JMod.PUBLIC | JMod.FINAL, VIOLATION);
            violation.javadoc().add("One rule of the schema that a model object breaks.\n<p>\n"
                    + "{@code pointer} is the JSON Pointer of the offending value in the object's JSON form (for a\n"
                    + "missing property, the pointer of the missing member), {@code keyword} the schema keyword\n"
                    + "that states the rule, and {@code message} says in plain words what is wrong.");
            violation.direct("""

                        private final String pointer;
                        private final String keyword;
                        private final String message;

                        public %1$s(String pointer, String keyword, String message) {
                            this.pointer = java.util.Objects.requireNonNull(pointer, "pointer");
                            this.keyword = java.util.Objects.requireNonNull(keyword, "keyword");
                            this.message = java.util.Objects.requireNonNull(message, "message");
                        }

                        /** JSON Pointer of the offending value, or of the missing member. */
                        public String pointer() {
                            return pointer;
                        }

                        /** The schema keyword that states the broken rule, such as {@code required}. */
                        public String keyword() {
                            return keyword;
                        }

                        /** What is wrong, in plain words. */
                        public String message() {
                            return message;
                        }

                        @Override
                        public boolean equals(Object other) {
                            if (this == other) {
                                return true;
                            }
                            if (!(other instanceof %1$s)) {
                                return false;
                            }
                            %1$s that = (%1$s) other;
                            return pointer.equals(that.pointer) && keyword.equals(that.keyword) && message.equals(that.message);
                        }

                        @Override
                        public int hashCode() {
                            return java.util.Objects.hash(pointer, keyword, message);
                        }

                        @Override
                        public String toString() {
                            return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
                        }
                    """.formatted(VIOLATION));

            JDefinedClass exception = pkg._class(JMod.PUBLIC | JMod.FINAL, EXCEPTION);
            exception._extends(IllegalArgumentException.class);
            exception.javadoc().add("Thrown when a builder is asked to build an object that breaks a rule of its schema.\n"
                    + "<p>\nThe message lists every violation; {@link #violations()} gives them one by one.");
            exception.direct("""

                        private static final long serialVersionUID = 1L;

                        private final java.util.List<%1$s> violations;

                        public %2$s(Class<?> type, java.util.List<%1$s> violations) {
                            super(describe(type, violations));
                            this.violations = java.util.List.copyOf(violations);
                        }

                        /** Every rule the object would break, in schema order. */
                        public java.util.List<%1$s> violations() {
                            return violations;
                        }

                        private static String describe(Class<?> type, java.util.List<%1$s> violations) {
                            StringBuilder text = new StringBuilder(type.getSimpleName()).append(" breaks ")
                                    .append(violations.size()).append(violations.size() == 1 ? " rule:" : " rules:");
                            for (%1$s violation : violations) {
                                text.append("\\n  ").append(violation);
                            }
                            return text.toString();
                        }
                    """.formatted(VIOLATION, EXCEPTION));

            JDefinedClass values = pkg._class(JMod.PUBLIC | JMod.FINAL, JSON_VALUES);
            values.javadoc().add("Keeps the values of properties a schema does not name exactly as they came, and read-only.");
            values.direct("""

                        private %1$s() {
                        }

                        /**
                         * A read-only deep copy of a JSON value as JSON libraries read it into {@code Object}: maps
                         * (member order kept), lists, strings, numbers, booleans and {@code null}.
                         *
                         * @param value the value
                         * @return the same value, with every map and list copied and made read-only
                         */
                        public static Object freeze(Object value) {
                            if (value instanceof java.util.Map<?, ?> map) {
                                java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
                                map.forEach((name, member) -> copy.put(String.valueOf(name), freeze(member)));
                                return java.util.Collections.unmodifiableMap(copy);
                            }
                            if (value instanceof java.util.List<?> list) {
                                java.util.List<Object> copy = new java.util.ArrayList<>(list.size());
                                list.forEach(item -> copy.add(freeze(item)));
                                return java.util.Collections.unmodifiableList(copy);
                            }
                            return value;
                        }
                    """.formatted(JSON_VALUES));
        } catch (JClassAlreadyExistsException e) {
            throw new IllegalStateException("the schema defines a class named " + e.getExistingClass().name()
                    + ", which the generator needs for its own support classes; rename it with a title or javaType", e);
        }
    }
}
