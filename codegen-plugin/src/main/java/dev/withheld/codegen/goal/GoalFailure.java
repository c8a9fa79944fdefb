package dev.withheld.codegen.goal;

/**
 * The goal fails, for a reason a person can act on: a mistake in a schema or a parameter, findings of the
 * check, stale docs, breaking changes. The Maven goals fail the build with the message, the command line exits
 * with status 1 after printing it; neither shows a stack trace.
 */
public final class GoalFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GoalFailure(String message) {
        super(message);
    }
}
