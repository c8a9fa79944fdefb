package dev.withheld.codegen.differential;

/** The kinds of disagreement between a generated model and the reference validator. */
enum Category {
    /** Generation or compilation failed, or no class was generated for the root schema. */
    BUILD("build"),
    /** networknt accepts the instance; the model refuses it at parse time or reports a violation. */
    FALSE_REFUSAL("false-refusal"),
    /** A valid instance reads, but writing it back gives a different JSON tree. */
    ROUND_TRIP("round-trip"),
    /** A generated type is named {@code X__N} or holds a {@code $}. */
    NUMBERED_NAME("numbered-name"),
    /** networknt rejects the instance; the model accepts it and no build warning explains why. */
    SILENT_MISS("silent-miss"),
    /**
     * Not a failure: networknt accepts the instance, the default model refuses it with a message that
     * names the generator option that reads it (an integer beyond 64 bits: {@code useBigIntegers}), and
     * the model generated with that option does read it and write it back unchanged. This is the
     * documented integer mapping, checked on every such instance.
     */
    REFUSED_WITH_OPTION("refused-with-option");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Whether this is a disagreement the ratchet counts (everything but a refusal that names a working option). */
    boolean failure() {
        return this != REFUSED_WITH_OPTION;
    }

    static Category ofLabel(String label) {
        for (Category c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category " + label);
    }
}
