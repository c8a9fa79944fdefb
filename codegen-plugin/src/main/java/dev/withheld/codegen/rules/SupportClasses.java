package dev.withheld.codegen.rules;

import com.sun.codemodel.JClass;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JPackage;

/**
 * The small classes every generated model shares, written once into the target package:
 * {@code SchemaViolation} (one broken rule: where, which keyword, why),
 * {@code SchemaViolationException} (what a builder throws for an object that breaks a rule) and
 * {@code JsonValues} (read-only copies of the values of properties a schema does not name).
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

    /** The reading holder of an exact JSON number, nested in the {@code JsonValues} class named {@code jsonValues}. */
    static String jsonNumber(String jsonValues) {
        return jsonValues + ".Read.JsonNumber";
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
            values.javadoc().add("Keeps the values of properties a schema does not name exactly as they came, and read-only.\n<p>\n"
                    + "A value that would not be written back as it came is refused instead of kept: a {@code Double}\n"
                    + "or {@code Float} that is {@code NaN} or infinite. JSON has no such numbers; Jackson reads a number\n"
                    + "beyond the range of {@code double} (such as {@code 1e400}) as {@code Infinity} and would write it\n"
                    + "back as the string {@code \"Infinity\"}.");
            values.direct("""

                        private %1$s() {
                        }

                        /**
                         * A read-only deep copy of a JSON value as JSON libraries read it into {@code Object}: maps
                         * (member order kept), lists, strings, numbers, booleans and {@code null}.
                         *
                         * @param value the value
                         * @return the same value, with every map and list copied and made read-only
                         * @throws IllegalArgumentException if it holds a number that is not finite
                         */
                        public static Object freeze(Object value) {
                            return freeze(null, value);
                        }

                        /**
                         * As {@link #freeze(Object)}, for the value of the member {@code name}, which a refusal names.
                         *
                         * @param name the JSON member name, or {@code null} if the value is not a member's
                         * @param value the value
                         * @return the same value, with every map and list copied and made read-only
                         * @throws IllegalArgumentException if it holds a number that is not finite: NaN or infinity,
                         *     which JSON cannot hold
                         */
                        public static Object freeze(String name, Object value) {
                            try {
                                return copy(value);
                            } catch (NotFinite refused) {
                                if (name != null) {
                                    refused.inside(name);
                                }
                                throw new IllegalArgumentException(refused.describe(name));
                            }
                        }

                        /**
                         * As {@link #freeze(String, Object)}, for a list whose items are typed: a record's list
                         * component, copied so that the caller's list cannot change the record afterwards.
                         *
                         * @param name the JSON member name the list is the value of
                         * @param list the list, or {@code null}
                         * @return a read-only deep copy, or {@code null}
                         */
                        @SuppressWarnings("unchecked")
                        public static <T> java.util.List<T> freezeList(String name, java.util.List<T> list) {
                            return list == null ? null : (java.util.List<T>) freeze(name, list);
                        }

                        /**
                         * A read-only copy of members the schema does not name, each value frozen as
                         * {@link #freeze(String, Object)} does, in their order; {@code null} gives no members.
                         *
                         * @param members member name to value
                         * @return the copy
                         * @throws IllegalArgumentException if a value holds a number that is not finite
                         */
                        public static java.util.Map<String, Object> freezeMembers(java.util.Map<String, ?> members) {
                            if (members == null || members.isEmpty()) {
                                return java.util.Map.of();
                            }
                            java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
                            members.forEach((name, value) -> copy.put(java.util.Objects.requireNonNull(name, "member name"), freeze(name, value)));
                            return java.util.Collections.unmodifiableMap(copy);
                        }

                        /**
                         * The integer a JSON number stands for, or {@code null} when it is not a number with no
                         * fractional part. JSON Schema counts {@code 1.0} and {@code 1e2} as integers.
                         *
                         * @param value a value as JSON libraries read it into {@code Object}
                         * @return the integer, or {@code null}
                         */
                        public static java.math.BigInteger integer(Object value) {
                            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                                return java.math.BigInteger.valueOf(((Number) value).longValue());
                            }
                            if (value instanceof java.math.BigInteger big) {
                                return big;
                            }
                            if (!isInteger(value)) {
                                return null;
                            }
                            java.math.BigDecimal decimal = decimal(value).stripTrailingZeros();
                            // 1e999999999 is a short text for a billion digits: refuse it rather than compute them.
                            long digits = (long) decimal.precision() - decimal.scale();
                            if (digits > MAX_INTEGER_DIGITS) {
                                throw new IllegalArgumentException("must be an integer of at most " + MAX_INTEGER_DIGITS
                                        + " digits, not one of " + digits + " digits");
                            }
                            return decimal.toBigIntegerExact();
                        }

                        /** The most digits {@link #integer} turns into a {@code BigInteger} (Jackson's own limit for such numbers). */
                        private static final int MAX_INTEGER_DIGITS = 100_000;

                        /**
                         * Whether a value is a number with no fractional part ({@code 1.0} and {@code 1e2} are
                         * integers), decided without computing the integer's digits.
                         */
                        public static boolean isInteger(Object value) {
                            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                                    || value instanceof java.math.BigInteger) {
                                return true;
                            }
                            java.math.BigDecimal decimal = decimal(value);
                            return decimal != null && (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0);
                        }

                        /**
                         * Whether {@code number} is a multiple of {@code divisor} (positive), exactly and without
                         * expanding either: {@code 1e999999999} is a multiple of {@code 0.5}, found in microseconds.
                         */
                        public static boolean multipleOf(java.math.BigDecimal number, java.math.BigDecimal divisor) {
                            if (number.signum() == 0) {
                                return true;
                            }
                            java.math.BigInteger n = number.unscaledValue().abs();
                            java.math.BigInteger d = divisor.unscaledValue().abs();
                            // number / divisor = n / d * 10^shift
                            long shift = (long) divisor.scale() - number.scale();
                            if (shift >= 0) {
                                return n.multiply(java.math.BigInteger.TEN.modPow(java.math.BigInteger.valueOf(shift), d)).mod(d).signum() == 0;
                            }
                            if (-shift > n.toString().length()) {
                                return false; // n / (d * 10^-shift) < 1 and not 0
                            }
                            return n.mod(d.multiply(java.math.BigInteger.TEN.pow((int) -shift))).signum() == 0;
                        }

                        /**
                         * The exact decimal a JSON number stands for, or {@code null} when the value is not a finite
                         * number. A {@code double} counts as the shortest decimal that reads back as it, which is the
                         * text a JSON library read it from.
                         *
                         * @param value a value as JSON libraries read it into {@code Object}
                         * @return the decimal, or {@code null}
                         */
                        public static java.math.BigDecimal decimal(Object value) {
                            if (value instanceof java.math.BigDecimal decimal) {
                                return decimal;
                            }
                            if (value instanceof java.math.BigInteger big) {
                                return new java.math.BigDecimal(big);
                            }
                            if (value instanceof Double || value instanceof Float) {
                                double number = ((Number) value).doubleValue();
                                return Double.isFinite(number) ? java.math.BigDecimal.valueOf(number) : null;
                            }
                            if (value instanceof Number number) {
                                return java.math.BigDecimal.valueOf(number.longValue());
                            }
                            return null;
                        }

                        /**
                         * Whether two JSON values are equal as JSON Schema compares them ({@code enum}, {@code const},
                         * {@code uniqueItems}): numbers by value ({@code 1} equals {@code 1.0}), objects regardless
                         * of member order.
                         */
                        public static boolean same(Object a, Object b) {
                            if (a == null || b == null) {
                                return a == b;
                            }
                            java.math.BigDecimal x = decimal(a);
                            java.math.BigDecimal y = decimal(b);
                            if (x != null || y != null) {
                                return x != null && y != null && x.compareTo(y) == 0;
                            }
                            if (a instanceof java.util.List<?> left && b instanceof java.util.List<?> right) {
                                if (left.size() != right.size()) {
                                    return false;
                                }
                                for (int i = 0; i < left.size(); i++) {
                                    if (!same(left.get(i), right.get(i))) {
                                        return false;
                                    }
                                }
                                return true;
                            }
                            if (a instanceof java.util.Map<?, ?> left && b instanceof java.util.Map<?, ?> right) {
                                if (left.size() != right.size()) {
                                    return false;
                                }
                                for (java.util.Map.Entry<?, ?> member : left.entrySet()) {
                                    if (!right.containsKey(member.getKey()) || !same(member.getValue(), right.get(member.getKey()))) {
                                        return false;
                                    }
                                }
                                return true;
                            }
                            return a.equals(b);
                        }

                        /** The index of the first item that equals an earlier one ({@link #same}), or -1 when all differ. */
                        public static int firstRepeated(java.util.List<?> items) {
                            for (int i = 1; i < items.size(); i++) {
                                for (int j = 0; j < i; j++) {
                                    if (same(items.get(i), items.get(j))) {
                                        return i;
                                    }
                                }
                            }
                            return -1;
                        }

                        /** A read-only JSON object from alternating member names and values, for schema literals. */
                        public static java.util.Map<String, Object> object(Object... members) {
                            java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
                            for (int i = 0; i + 1 < members.length; i += 2) {
                                object.put((String) members[i], members[i + 1]);
                            }
                            return java.util.Collections.unmodifiableMap(object);
                        }

                        /** A read-only JSON array, for schema literals (it may hold {@code null}). */
                        public static java.util.List<Object> array(Object... items) {
                            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(items));
                        }

                        /** How a message names the value at a JSON Pointer: the pointer without its leading slash. */
                        public static String where(String pointer) {
                            return pointer.isEmpty() ? "the value" : pointer.substring(1);
                        }

                        /** The length of a string as JSON Schema counts it: in code points. */
                        public static int length(String text) {
                            return text.codePointCount(0, text.length());
                        }

                        /**
                         * Reads JSON values exactly as they came: a value of another JSON type is refused (with a
                         * message that starts "must be", for the caller to prefix with the member's name) instead of
                         * coerced, as Jackson would turn {@code 1} into {@code "1"} inside a {@code List<String>}.
                         */
                        public static final class Read {

                            private Read() {
                            }

                            public static String string(Object value) {
                                if (value instanceof String text) {
                                    return text;
                                }
                                throw refused(value, "a string");
                            }

                            public static Boolean bool(Object value) {
                                if (value instanceof Boolean flag) {
                                    return flag;
                                }
                                throw refused(value, "true or false");
                            }

                            public static Integer int32(Object value) {
                                java.math.BigInteger integer = integer(value);
                                if (integer != null && integer.bitLength() < 32) {
                                    return integer.intValue();
                                }
                                throw refused(value, integer == null ? "an integer" : "an integer that fits in 32 bits");
                            }

                            public static Long int64(Object value) {
                                java.math.BigInteger integer = integer(value);
                                if (integer != null && integer.bitLength() < 64) {
                                    return integer.longValue();
                                }
                                throw refused(value, integer == null ? "an integer"
                                        : "an integer that fits in 64 bits (generate with useBigIntegers to read larger ones)");
                            }

                            public static java.math.BigInteger bigInteger(Object value) {
                                java.math.BigInteger integer = integer(value);
                                if (integer != null) {
                                    return integer;
                                }
                                throw refused(value, "an integer");
                            }

                            public static Double float64(Object value) {
                                if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                                    return number.doubleValue();
                                }
                                throw refused(value, "a number within the range of double (generate with useBigDecimals for exact decimals)");
                            }

                            /** The number exactly as written in the JSON text, or a refusal naming what came instead. */
                            public static java.math.BigDecimal decimal(Object value) {
                                if (value instanceof java.math.BigDecimal exact) {
                                    return exact;
                                }
                                throw refused(value, "a number");
                            }

                            public static Object any(Object value) {
                                return freeze(value);
                            }

                            /**
                             * A JSON number as its exact decimal value, for members whose Java type is a number
                             * type and for members the schema does not name when all of them must be numbers. Reading into {@code Object} would go through {@code double} and lose digits;
                             * reading into {@code BigDecimal} directly would take the string {@code "1.5"} for a
                             * number. Jackson hands numbers to the delegating creator from the token text, and
                             * strings and booleans to their own creators, which keep them as they came.
                             */
                            public static final class JsonNumber {

                                private final Object value;

                                private JsonNumber(Object value) {
                                    this.value = value;
                                }

                                /** What came: a {@code BigDecimal} for a number, else the string or the boolean. */
                                public Object value() {
                                    return value;
                                }

                                @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
                                private static JsonNumber of(java.math.BigDecimal exact) {
                                    return new JsonNumber(exact);
                                }

                                @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
                                private static JsonNumber ofString(String text) {
                                    return new JsonNumber(text);
                                }

                                @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
                                private static JsonNumber ofBoolean(boolean flag) {
                                    return new JsonNumber(flag);
                                }
                            }

                            /** Each item read by {@code item}; a {@code null} item is refused unless {@code item} takes it. */
                            public static <T> java.util.List<T> list(Object value, java.util.function.Function<Object, T> item) {
                                if (!(value instanceof java.util.List<?> items)) {
                                    throw refused(value, "an array");
                                }
                                java.util.List<T> copy = new java.util.ArrayList<>(items.size());
                                for (Object each : items) {
                                    copy.add(item.apply(each));
                                }
                                return java.util.Collections.unmodifiableList(copy);
                            }

                            private static IllegalArgumentException refused(Object value, String expected) {
                                String found = value == null ? "null" : value instanceof String ? "a string"
                                        : value instanceof Boolean ? "a boolean" : value instanceof Number ? "the number " + value
                                        : value instanceof java.util.List ? "an array" : value instanceof java.util.Map ? "an object" : "a value";
                                return new IllegalArgumentException("must be " + expected + ", not " + found);
                            }
                        }

                        private static Object copy(Object value) {
                            if (value instanceof java.util.Map<?, ?> map) {
                                java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
                                for (java.util.Map.Entry<?, ?> member : map.entrySet()) {
                                    String key = String.valueOf(member.getKey());
                                    try {
                                        copy.put(key, copy(member.getValue()));
                                    } catch (NotFinite refused) {
                                        throw refused.inside(key);
                                    }
                                }
                                return java.util.Collections.unmodifiableMap(copy);
                            }
                            if (value instanceof java.util.List<?> list) {
                                java.util.List<Object> copy = new java.util.ArrayList<>(list.size());
                                for (Object item : list) {
                                    try {
                                        copy.add(copy(item));
                                    } catch (NotFinite refused) {
                                        throw refused.inside(Integer.toString(copy.size()));
                                    }
                                }
                                return java.util.Collections.unmodifiableList(copy);
                            }
                            if (value instanceof Double number && !Double.isFinite(number)
                                    || value instanceof Float single && !Float.isFinite(single)) {
                                throw new NotFinite(value);
                            }
                            return value;
                        }

                        /** A number that is not finite, with the path to it collected on the way out. */
                        private static final class NotFinite extends RuntimeException {

                            private static final long serialVersionUID = 1L;
                            private static final char QUOTE = (char) 34; // the double quote character

                            private final String number;
                            private final java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();

                            NotFinite(Object number) {
                                super(null, null, false, false);
                                this.number = String.valueOf(number);
                            }

                            NotFinite inside(String segment) {
                                path.addFirst(segment.replace("~", "~0").replace("/", "~1"));
                                return this;
                            }

                            String describe(String name) {
                                String pointer = path.isEmpty() ? "" : "/" + String.join("/", path);
                                String where = name == null
                                        ? (pointer.isEmpty() ? "the value" : "the value at " + pointer)
                                        : "member " + QUOTE + name + QUOTE + (path.size() > 1 ? " (at " + pointer + ")" : "");
                                String text = where + " is " + number + ", which JSON cannot hold: it would be written back"
                                        + " as the string " + QUOTE + number + QUOTE + ".";
                                return number.equals("NaN") ? text : text + " A number beyond the range of double, such as 1e400,"
                                        + " is read as " + number + " unless the mapper enables"
                                        + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS; enable it to keep such numbers exactly.";
                            }
                        }
                    """.formatted(JSON_VALUES));
        } catch (JClassAlreadyExistsException e) {
            throw new IllegalStateException("the schema defines a class named " + e.getExistingClass().name()
                    + ", which the generator needs for its own support classes; rename it with a title or javaType", e);
        }
    }
}
