package dev.withheld.codegen.docs;

/** A mistake in the docs configuration or in the documented schema that stops rendering; its message is for people. */
public final class DocsProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocsProblem(String message) {
        super(message);
    }
}
