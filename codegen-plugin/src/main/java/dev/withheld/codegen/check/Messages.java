package dev.withheld.codegen.check;

/** Turns a library's exception into one readable line: the innermost message, without class names where possible. */
final class Messages {
    private Messages() {
    }

    static String of(Throwable thrown) {
        Throwable deepest = thrown;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        if (message == null || message.isBlank()) {
            message = thrown.getMessage();
        }
        if (message == null || message.isBlank()) {
            return deepest.getClass().getSimpleName();
        }
        return deepest instanceof java.io.FileNotFoundException ? "nothing found at " + message + " (remote schemas are never fetched)" : message;
    }
}
