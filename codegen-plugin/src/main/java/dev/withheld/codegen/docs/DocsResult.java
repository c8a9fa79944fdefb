package dev.withheld.codegen.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * What a docs run did, per generated file.
 *
 * @param documents one entry per documented event, and one for the changelog when revisions are named
 */
public record DocsResult(List<Document> documents) {

    /** How the generated file relates to its checked-in copy. */
    public enum Status {
        /** Generated into target/; no checked-in copy is kept. */
        GENERATED,
        /** The checked-in copy equals the generated file. */
        UP_TO_DATE,
        /** The checked-in copy differs from the generated file. */
        STALE,
        /** No checked-in copy exists yet. */
        MISSING,
        /** The checked-in copy was (re)written, as asked. */
        UPDATED
    }

    /**
     * @param subject what the file documents, for people: the event's name, or the changelog and its revisions
     * @param generated the file written into target/
     * @param checkedIn its checked-in copy, or {@code null} when none is kept
     * @param status how the two relate
     * @param difference for a stale copy, where they first differ (line number and both lines), else {@code null}
     */
    public record Document(String subject, Path generated, Path checkedIn, Status status, String difference) {
    }

    /** Whether a checked-in copy is stale or missing, which fails the build. */
    public boolean outOfDate() {
        return documents.stream().anyMatch(d -> d.status() == Status.STALE || d.status() == Status.MISSING);
    }
}
