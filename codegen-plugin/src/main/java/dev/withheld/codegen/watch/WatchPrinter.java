package dev.withheld.codegen.watch;

/** Where the watch goal prints: the Maven log, a terminal, or a test's list. */
@FunctionalInterface
public interface WatchPrinter {

    /** How a printed line should stand out. */
    enum Level {
        INFO,
        WARNING,
        ERROR
    }

    void print(Level level, String line);
}
