package dev.withheld.codegen.compat;

/**
 * What a change does to one party: the senders (producers) or the receivers (consumers) of
 * instances.
 *
 * <ul>
 *   <li>A change <em>breaks senders</em> when an instance they produced under the previous schema is
 *       no longer valid under the current one: the current schema is stricter.</li>
 *   <li>A change <em>breaks receivers</em> when the current schema accepts instances that receivers
 *       built for the previous one did not expect: it is looser, or a value they relied on may now be
 *       absent.</li>
 * </ul>
 */
public enum Impact {
    /** Nothing this party did or relied on stops working. */
    COMPATIBLE("compatible"),
    /**
     * Valid instances do not change for this party, but implementations that assumed more than the
     * schema promised may break (for example a closed Java enum for an open set of codes).
     */
    MAY_BREAK("may-break"),
    /** Some instance changes validity in the way that hurts this party. */
    BREAKING("breaking");

    private final String id;

    Impact(String id) {
        this.id = id;
    }

    /** The name used in reports. */
    public String id() {
        return id;
    }
}
